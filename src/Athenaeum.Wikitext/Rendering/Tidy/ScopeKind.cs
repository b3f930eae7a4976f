namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>The kinds of "element in scope" of the HTML5 tree construction algorithm.</summary>
internal enum ScopeKind
{
    /// <summary>Has an element in scope.</summary>
    Default,

    /// <summary>Has an element in list item scope.</summary>
    ListItem,

    /// <summary>Has an element in button scope.</summary>
    Button,

    /// <summary>Has an element in table scope.</summary>
    Table,

    /// <summary>Has an element in select scope.</summary>
    Select,
}
