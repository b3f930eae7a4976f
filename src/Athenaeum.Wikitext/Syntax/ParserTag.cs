namespace Athenaeum.Wikitext.Syntax;

/// <summary>
/// An extension tag such as <c>&lt;ref name="a"&gt;…&lt;/ref&gt;</c>, <c>&lt;nowiki/&gt;</c> or
/// <c>&lt;pre&gt;</c>, recognized because its name is registered with the pipeline (MediaWiki's
/// <c>ext</c> node). Its content is kept as raw text; the tag's extension decides what to do with it.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ParserTag : Node
{
    /// <summary>Initializes a new instance of the <see cref="ParserTag"/> class.</summary>
    /// <param name="start">The source offset of the "&lt;".</param>
    /// <param name="name">The tag name as written (any case).</param>
    /// <param name="attributes">The raw attribute text between the name and "&gt;" or "/&gt;", leading whitespace included.</param>
    /// <param name="content">The raw content, or <see langword="null"/> for a self-closing tag.</param>
    /// <param name="closingTag">The closing tag as written, or <see langword="null"/> when the content runs to the end of the text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="attributes"/> is <see langword="null"/>.</exception>
    public ParserTag(int start, string name, string attributes, string? content, string? closingTag)
        : base(start, SourceLength(name, attributes, content, closingTag))
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(attributes);
        Name = name;
        Attributes = attributes;
        Content = content;
        ClosingTag = closingTag;
    }

    /// <summary>Gets the tag name as written.</summary>
    public string Name { get; }

    /// <summary>Gets the raw attribute text, leading whitespace included.</summary>
    public string Attributes { get; }

    /// <summary>Gets the raw content, or <see langword="null"/> for a self-closing tag.</summary>
    public string? Content { get; }

    /// <summary>Gets the closing tag as written ("&lt;/ref&gt;"), or <see langword="null"/>.</summary>
    public string? ClosingTag { get; }

    /// <summary>Gets a value indicating whether the tag was written self-closing (<c>&lt;ref/&gt;</c>).</summary>
    public bool IsSelfClosing => Content is null;

    /// <inheritdoc/>
    internal override int PartCount => 1;

    /// <inheritdoc/>
    internal override object GetPart(int index)
        => Content is null ? "<" + Name + Attributes + "/>" : "<" + Name + Attributes + ">" + Content + ClosingTag;

    private static int SourceLength(string? name, string? attributes, string? content, string? closingTag)
        => 1 + (name?.Length ?? 0) + (attributes?.Length ?? 0) + (content is null ? 2 : 1 + content.Length + (closingTag?.Length ?? 0));
}
