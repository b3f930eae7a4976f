namespace Athenaeum.Wikitext.Site;

/// <summary>The namespaces every MediaWiki has, with their English canonical names (MediaWiki's NamespaceInfo).</summary>
public static class StandardNamespaces
{
    /// <summary>The "Media" pseudo-namespace (-2).</summary>
    public const int Media = -2;

    /// <summary>The "Special" pseudo-namespace (-1).</summary>
    public const int Special = -1;

    /// <summary>The main (article) namespace (0).</summary>
    public const int Main = 0;

    /// <summary>The "User" namespace (2).</summary>
    public const int User = 2;

    /// <summary>The "Project" namespace (4), named after the site.</summary>
    public const int Project = 4;

    /// <summary>The "File" namespace (6).</summary>
    public const int File = 6;

    /// <summary>The "MediaWiki" namespace (8) holding interface messages.</summary>
    public const int MediaWiki = 8;

    /// <summary>The "Template" namespace (10).</summary>
    public const int Template = 10;

    /// <summary>The "Help" namespace (12).</summary>
    public const int Help = 12;

    /// <summary>The "Category" namespace (14).</summary>
    public const int Category = 14;

    /// <summary>The Scribunto "Module" namespace (828).</summary>
    public const int Module = 828;

    /// <summary>Gets the standard namespaces with their canonical names as local names.</summary>
    public static IReadOnlyList<NamespaceInfo> All { get; } =
    [
        new(-2, "Media", "Media", []),
        new(-1, "Special", "Special", []),
        new(0, "", "", []),
        new(1, "Talk", "Talk", []),
        new(2, "User", "User", []),
        new(3, "User talk", "User talk", []),
        new(4, "Project", "Project", []),
        new(5, "Project talk", "Project talk", []),
        new(6, "File", "File", ["Image"]),
        new(7, "File talk", "File talk", ["Image talk"]),
        new(8, "MediaWiki", "MediaWiki", []),
        new(9, "MediaWiki talk", "MediaWiki talk", []),
        new(10, "Template", "Template", []),
        new(11, "Template talk", "Template talk", []),
        new(12, "Help", "Help", []),
        new(13, "Help talk", "Help talk", []),
        new(14, "Category", "Category", []),
        new(15, "Category talk", "Category talk", []),
        new(828, "Module", "Module", []),
        new(829, "Module talk", "Module talk", []),
    ];
}
