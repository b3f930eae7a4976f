using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Parsing;

/// <summary>
/// A heading the preprocessor marked (MediaWiki's mHeadings entry): which page or template it comes
/// from and its index there. Headings from another title than the page are template-generated.
/// </summary>
/// <param name="Title">The page or template whose text holds the heading.</param>
/// <param name="Index">The heading's 1-based index in that text (for "T-n" section indexes).</param>
public readonly record struct HeadingMarker(PageTitle Title, int Index);
