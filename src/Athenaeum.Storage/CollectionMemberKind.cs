namespace Athenaeum.Storage;

/// <summary>The three lists of a category page, as MediaWiki shows them.</summary>
public enum CollectionMemberKind
{
    /// <summary>Pages that are neither categories nor files (articles and others).</summary>
    Page = 0,

    /// <summary>Subcategories (namespace 14).</summary>
    Subcategory = 1,

    /// <summary>File description pages (namespace 6).</summary>
    File = 2,
}
