namespace Athenaeum.Wikitext.Syntax;

/// <summary>
/// A double-brace construct <c>{{name|arg|name=value}}</c>: a template transclusion, a parser
/// function call or a magic variable (the preprocessor tree does not tell them apart; expansion does).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Template : Node
{
    private readonly TemplateArgument[] _arguments;

    /// <summary>Initializes a new instance of the <see cref="Template"/> class.</summary>
    /// <param name="start">The source offset of the opening braces.</param>
    /// <param name="length">The source length, braces included.</param>
    /// <param name="name">The part before the first "|".</param>
    /// <param name="arguments">The arguments.</param>
    /// <param name="atLineStart">Whether the opening braces start a line (MediaWiki's <c>lineStart</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="arguments"/> is <see langword="null"/>.</exception>
    public Template(int start, int length, NodeList name, IEnumerable<TemplateArgument> arguments, bool atLineStart)
        : base(start, length)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(arguments);
        Name = name;
        _arguments = [.. arguments];
        AtLineStart = atLineStart;
    }

    /// <summary>Gets the part before the first "|": the template name, or "function:first argument".</summary>
    public NodeList Name { get; }

    /// <summary>Gets the arguments in source order.</summary>
    public IReadOnlyList<TemplateArgument> Arguments => _arguments;

    /// <summary>
    /// Gets a value indicating whether the construct starts a line. When it does not, output that
    /// begins with <c>{|</c>, <c>:</c>, <c>;</c>, <c>#</c> or <c>*</c> gets a newline in front (MediaWiki T2529).
    /// </summary>
    public bool AtLineStart { get; }

    /// <inheritdoc/>
    internal override int PartCount => 3 + (2 * _arguments.Length);

    /// <inheritdoc/>
    internal override object GetPart(int index)
    {
        if (index == 0)
        {
            return "{{";
        }

        if (index == 1)
        {
            return Name;
        }

        if (index == PartCount - 1)
        {
            return "}}";
        }

        return (index % 2) == 0 ? "|" : _arguments[(index - 3) / 2];
    }
}
