namespace Athenaeum.Wikitext.Syntax;

/// <summary>
/// A triple-brace reference to an argument of the current template, <c>{{{name|default}}}</c>. Parts
/// after the first "|" are kept for the source; only the first is the default.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ArgumentReference : Node
{
    private readonly TemplateArgument[] _parts;

    /// <summary>Initializes a new instance of the <see cref="ArgumentReference"/> class.</summary>
    /// <param name="start">The source offset of the opening braces.</param>
    /// <param name="length">The source length, braces included.</param>
    /// <param name="name">The argument name (before the first "|").</param>
    /// <param name="parts">The "|"-separated parts after the name; the first is the default.</param>
    /// <param name="atLineStart">Whether the opening braces start a line (MediaWiki's <c>lineStart</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="parts"/> is <see langword="null"/>.</exception>
    public ArgumentReference(int start, int length, NodeList name, IEnumerable<TemplateArgument> parts, bool atLineStart = false)
        : base(start, length)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(parts);
        Name = name;
        _parts = [.. parts];
        AtLineStart = atLineStart;
    }

    /// <summary>Gets a value indicating whether the opening braces start a line (kept for fidelity; expansion does not use it).</summary>
    public bool AtLineStart { get; }

    /// <summary>Gets the argument name as written (expanded, then trimmed, at expansion time).</summary>
    public NodeList Name { get; }

    /// <summary>Gets the parts after the name; the first is the default value, the others are ignored.</summary>
    public IReadOnlyList<TemplateArgument> Parts => _parts;

    /// <summary>Gets the default value (the whole first part, "=" included), or <see langword="null"/> when there is none.</summary>
    public TemplateArgument? Default => _parts.Length > 0 ? _parts[0] : null;

    /// <inheritdoc/>
    internal override int PartCount => 3 + (2 * _parts.Length);

    /// <inheritdoc/>
    internal override object GetPart(int index)
    {
        if (index == 0)
        {
            return "{{{";
        }

        if (index == 1)
        {
            return Name;
        }

        if (index == PartCount - 1)
        {
            return "}}}";
        }

        return (index % 2) == 0 ? "|" : _parts[(index - 3) / 2];
    }
}
