namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>
/// For each kind of scope, the stack index of the topmost open element that bounds it (-1 for none),
/// so that "has an element in scope" is a constant-time check instead of a walk down the stack.
/// </summary>
/// <param name="Default">The default scope.</param>
/// <param name="ListItem">List item scope (default + ol, ul).</param>
/// <param name="Button">Button scope (default + button).</param>
/// <param name="Table">Table scope (html, table, template).</param>
/// <param name="Select">Select scope (everything except optgroup and option).</param>
internal readonly record struct ScopeBoundaries(int Default, int ListItem, int Button, int Table, int Select)
{
    /// <summary>No boundaries at all.</summary>
    public static readonly ScopeBoundaries None = new(-1, -1, -1, -1, -1);

    /// <summary>Gets the boundary of a scope kind.</summary>
    /// <param name="scope">The scope kind.</param>
    /// <returns>The stack index of its topmost boundary.</returns>
    public int Get(ScopeKind scope) => scope switch
    {
        ScopeKind.Default => Default,
        ScopeKind.ListItem => ListItem,
        ScopeKind.Button => Button,
        ScopeKind.Table => Table,
        _ => Select,
    };
}
