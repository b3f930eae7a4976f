namespace Athenaeum.Wikitext;

/// <summary>One heading of a page, as the table of contents lists it.</summary>
/// <param name="Level">The TOC level (1 for the shallowest heading present).</param>
/// <param name="HeadingLevel">The HTML heading level (2 for <c>== x ==</c>).</param>
/// <param name="Number">The TOC number, for example "3.1".</param>
/// <param name="Line">The heading's HTML without links.</param>
/// <param name="Anchor">The fragment id of the heading.</param>
/// <param name="Index">The section index for editing ("1", "T-1" for transcluded), or "".</param>
public sealed record SectionInfo(int Level, int HeadingLevel, string Number, string Line, string Anchor, string Index);
