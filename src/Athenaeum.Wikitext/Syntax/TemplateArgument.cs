namespace Athenaeum.Wikitext.Syntax;

/// <summary>
/// One "|"-separated part of a <see cref="Template"/> or <see cref="ArgumentReference"/>: either
/// <c>name=value</c> (split at the first top-level "=") or a positional value.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TemplateArgument : Node
{
    /// <summary>Initializes a new instance of the <see cref="TemplateArgument"/> class.</summary>
    /// <param name="name">The name before "=", or <see langword="null"/> for a positional argument.</param>
    /// <param name="value">The value.</param>
    /// <param name="position">The 1-based position among the positional arguments, or 0 for a named one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public TemplateArgument(NodeList? name, NodeList value, int position)
        : base(name?.Start ?? value?.Start ?? 0, (name is null ? 0 : name.Length + 1) + (value?.Length ?? 0))
    {
        ArgumentNullException.ThrowIfNull(value);
        Name = name;
        Value = value;
        Position = position;
    }

    /// <summary>Gets the name before the first top-level "=", or <see langword="null"/> for a positional argument.</summary>
    public NodeList? Name { get; }

    /// <summary>Gets the value (after "=" for a named argument, the whole part for a positional one).</summary>
    public NodeList Value { get; }

    /// <summary>Gets the 1-based position among the positional arguments, or 0 for a named argument.</summary>
    public int Position { get; }

    /// <summary>Gets a value indicating whether the argument is positional (has no top-level "=").</summary>
    public bool IsPositional => Name is null;

    /// <inheritdoc/>
    internal override int PartCount => Name is null ? 1 : 3;

    /// <inheritdoc/>
    internal override object GetPart(int index) => Name is null ? Value : index switch
    {
        0 => Name,
        1 => "=",
        _ => Value,
    };
}
