namespace Athenaeum.Wikitext.Syntax;

/// <summary>Literal text between markup, including brace runs and tags the preprocessor left as text.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PlainText : Node
{
    /// <summary>Initializes a new instance of the <see cref="PlainText"/> class.</summary>
    /// <param name="start">The source offset.</param>
    /// <param name="text">The text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public PlainText(int start, string text)
        : base(start, text?.Length ?? 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>Gets the text.</summary>
    public string Text { get; }

    /// <inheritdoc/>
    internal override int PartCount => 1;

    /// <inheritdoc/>
    internal override object GetPart(int index) => Text;
}
