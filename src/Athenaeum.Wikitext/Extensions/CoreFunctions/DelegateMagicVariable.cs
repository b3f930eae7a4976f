using Athenaeum.Wikitext.Expansion;

namespace Athenaeum.Wikitext.Extensions.CoreFunctions;

/// <summary>A magic variable whose value comes from a delegate.</summary>
/// <remarks>Immutable and thread-safe when the delegate is.</remarks>
internal sealed class DelegateMagicVariable : IMagicVariable
{
    private readonly Func<IParserFunctionHost, string> _value;

    /// <summary>Initializes a new instance of the <see cref="DelegateMagicVariable"/> class.</summary>
    /// <param name="names">The names ("PAGENAME").</param>
    /// <param name="caseSensitive">Whether the names match case-sensitively.</param>
    /// <param name="value">Computes the value.</param>
    public DelegateMagicVariable(IReadOnlyList<string> names, bool caseSensitive, Func<IParserFunctionHost, string> value)
    {
        Names = names;
        IsCaseSensitive = caseSensitive;
        _value = value;
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Names { get; }

    /// <inheritdoc/>
    public bool IsCaseSensitive { get; }

    /// <inheritdoc/>
    public string Evaluate(IParserFunctionHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return _value(host);
    }

    /// <inheritdoc/>
    public override string ToString() => Names.Count > 0 ? Names[0] : base.ToString() ?? string.Empty;
}
