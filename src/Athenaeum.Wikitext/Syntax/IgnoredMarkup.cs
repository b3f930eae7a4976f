namespace Athenaeum.Wikitext.Syntax;

/// <summary>
/// Markup that produces no output in the current mode (MediaWiki's <c>ignore</c> node): the tags
/// <c>&lt;noinclude&gt;</c>, <c>&lt;/noinclude&gt;</c>, <c>&lt;onlyinclude&gt;</c> in page view; a whole
/// <c>&lt;includeonly&gt;…&lt;/includeonly&gt;</c> element in page view; a whole
/// <c>&lt;noinclude&gt;…&lt;/noinclude&gt;</c> element and the <c>&lt;includeonly&gt;</c> tags when
/// transcluded; the text outside <c>&lt;onlyinclude&gt;</c> when transcluded.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class IgnoredMarkup : Node
{
    /// <summary>Initializes a new instance of the <see cref="IgnoredMarkup"/> class.</summary>
    /// <param name="start">The source offset.</param>
    /// <param name="text">The ignored source text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public IgnoredMarkup(int start, string text)
        : base(start, text?.Length ?? 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>Gets the ignored source text.</summary>
    public string Text { get; }

    /// <inheritdoc/>
    internal override int PartCount => 1;

    /// <inheritdoc/>
    internal override object GetPart(int index) => Text;
}
