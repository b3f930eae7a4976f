using Athenaeum.Wikitext.Expansion;

namespace Athenaeum.Wikitext.Extensions.CoreFunctions;

/// <summary>A parser function whose body is a delegate; used for the many small core functions.</summary>
/// <remarks>Immutable and thread-safe when the delegate is.</remarks>
internal sealed class DelegateParserFunction : IParserFunction
{
    private readonly Func<IParserFunctionHost, IReadOnlyList<ParserFunctionArgument>, ParserFunctionResult> _body;

    /// <summary>Initializes a new instance of the <see cref="DelegateParserFunction"/> class.</summary>
    /// <param name="names">The names ("#if", "lc").</param>
    /// <param name="caseSensitive">Whether the names match case-sensitively.</param>
    /// <param name="body">The function.</param>
    public DelegateParserFunction(IReadOnlyList<string> names, bool caseSensitive, Func<IParserFunctionHost, IReadOnlyList<ParserFunctionArgument>, ParserFunctionResult> body)
    {
        Names = names;
        IsCaseSensitive = caseSensitive;
        _body = body;
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Names { get; }

    /// <inheritdoc/>
    public bool IsCaseSensitive { get; }

    /// <inheritdoc/>
    public ParserFunctionResult Invoke(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(args);
        return _body(host, args);
    }

    /// <inheritdoc/>
    public override string ToString() => Names.Count > 0 ? Names[0] : base.ToString() ?? string.Empty;
}
