namespace Athenaeum.Wikitext.Expansion;

/// <summary>
/// An argument that is already text: the first argument of a parser function (the text after the
/// colon) and arguments made by code (Lua's <c>frame:callParserFunction</c>).
/// </summary>
public sealed class StringArgument : ParserFunctionArgument
{
    private readonly string _text;
    private readonly bool _splittable;

    /// <summary>Initializes a new instance of the <see cref="StringArgument"/> class.</summary>
    /// <param name="text">The argument's text.</param>
    /// <param name="splittable">Whether <see cref="TrySplit"/> may split the text at its first "=".</param>
    public StringArgument(string text, bool splittable = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
        _splittable = splittable;
    }

    /// <inheritdoc/>
    public override string Expand() => _text;

    /// <inheritdoc/>
    public override bool TrySplit(out string name, out ParserFunctionArgument value)
    {
        var eq = _splittable ? _text.IndexOf('=', StringComparison.Ordinal) : -1;
        if (eq < 0)
        {
            name = string.Empty;
            value = this;
            return false;
        }

        name = Trim(_text[..eq]);
        value = new StringArgument(_text[(eq + 1)..], splittable: false);
        return true;
    }
}
