namespace Athenaeum.Wikitext.Extensions.Cite;

/// <summary>One reference of a group: what its <c>&lt;ref&gt;</c> tags said and how it is numbered.</summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
internal sealed class Reference
{
    /// <summary>Gets or sets the <c>name="…"</c> of a named reference, or <see langword="null"/> for an anonymous one.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the sequence number over all groups, from 1: it makes the ids and anchors.</summary>
    public int Key { get; set; }

    /// <summary>Gets or sets the number within the group, from 1: the <c>[1]</c> of the marker; <see langword="null"/> for a dangling <c>follow</c>.</summary>
    public int? Number { get; set; }

    /// <summary>Gets or sets how often a named reference was reused (0: used once); -1 for an anonymous reference.</summary>
    public int Count { get; set; }

    /// <summary>Gets or sets the wikitext content, or <see langword="null"/> while no tag gave any.</summary>
    public string? Text { get; set; }

    /// <summary>Gets or sets the <c>dir="…"</c> of the full definition, or <see langword="null"/>.</summary>
    public string? Dir { get; set; }

    /// <summary>Gets or sets the name of the reference a dangling <c>follow="…"</c> continues (its parent was not defined yet).</summary>
    public string? Follow { get; set; }
}
