namespace Athenaeum.Wikitext.Syntax;

/// <summary>
/// An HTML comment <c>&lt;!-- … --&gt;</c>. When a comment stands alone on a line with only spaces and
/// tabs around it, MediaWiki's preprocessor gives it the surrounding spaces and the line's newline,
/// so that removing it leaves no blank line; <see cref="Text"/> then includes them.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Comment : Node
{
    /// <summary>Initializes a new instance of the <see cref="Comment"/> class.</summary>
    /// <param name="start">The source offset.</param>
    /// <param name="text">The source text of the comment, with any whitespace and newline it took.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public Comment(int start, string text)
        : base(start, text?.Length ?? 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>Gets the source text, from the (possibly taken) leading whitespace to the (possibly taken) newline.</summary>
    public string Text { get; }

    /// <summary>Gets a value indicating whether the comment is unclosed and runs to the end of the text.</summary>
    public bool IsUnclosed => !Text.Contains("-->", StringComparison.Ordinal);

    /// <inheritdoc/>
    internal override int PartCount => 1;

    /// <inheritdoc/>
    internal override object GetPart(int index) => Text;
}
