namespace Athenaeum.Wikitext.Syntax;

/// <summary>
/// A line that may be a section heading, <c>== Title ==</c>. Its <see cref="Content"/> holds the whole
/// line (the "=" signs included) up to, not including, the newline. Only headings at the top level
/// of the tree are section headings (MediaWiki's <c>h</c>); one inside a template argument stays
/// ordinary text for expansion (MediaWiki's <c>possible-h</c>) but still takes a heading index.
/// </summary>
/// <remarks>Immutable and thread-safe once the tree is built.</remarks>
public sealed class Heading : Node
{
    /// <summary>Initializes a new instance of the <see cref="Heading"/> class.</summary>
    /// <param name="level">The heading level, 1 to 6.</param>
    /// <param name="index">The 1-based heading index in the text, for section numbering.</param>
    /// <param name="content">The whole line, "=" signs included.</param>
    /// <param name="isSectionHeading">Whether the heading is at the top level of the tree.</param>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is <see langword="null"/>.</exception>
    public Heading(int level, int index, NodeList content, bool isSectionHeading)
        : base(content?.Start ?? 0, content?.Length ?? 0)
    {
        ArgumentNullException.ThrowIfNull(content);
        Level = level;
        Index = index;
        Content = content;
        IsSectionHeading = isSectionHeading;
    }

    /// <summary>Gets the heading level, 1 to 6 (the number of "=" signs that match on both sides).</summary>
    public int Level { get; }

    /// <summary>Gets the 1-based index of the heading in the text (MediaWiki's <c>i</c> attribute).</summary>
    public int Index { get; }

    /// <summary>Gets the line, "=" signs included.</summary>
    public NodeList Content { get; }

    /// <summary>Gets a value indicating whether the heading is a section heading (top level of the tree).</summary>
    public bool IsSectionHeading { get; }

    /// <inheritdoc/>
    internal override int PartCount => 1;

    /// <inheritdoc/>
    internal override object GetPart(int index) => Content;
}
