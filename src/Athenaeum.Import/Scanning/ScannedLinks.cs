using Athenaeum.Storage;

namespace Athenaeum.Import.Scanning;

/// <summary>Collects a page's links while it is scanned: each target once, in order of first appearance, up to a limit.</summary>
/// <remarks>Not thread-safe; one per scan.</remarks>
internal sealed class ScannedLinks
{
    /// <summary>The most rows of each kind kept for one page (hostile text cannot blow up the link tables).</summary>
    public const int MaxPerKind = 20_000;

    private readonly HashSet<LinkTarget> _linkSet = [];
    private readonly List<LinkTarget> _links = [];
    private readonly HashSet<LinkTarget> _templateSet = [];
    private readonly List<LinkTarget> _templates = [];
    private readonly HashSet<string> _imageSet = new(StringComparer.Ordinal);
    private readonly List<string> _images = [];
    private readonly Dictionary<string, string?> _categories = new(StringComparer.Ordinal);
    private readonly List<string> _categoryOrder = [];

    /// <summary>Gets or sets the default sort key from <c>{{DEFAULTSORT:…}}</c>.</summary>
    public string? DefaultSort { get; set; }

    public void AddLink(LinkTarget target)
    {
        if (_links.Count < MaxPerKind && _linkSet.Add(target))
        {
            _links.Add(target);
        }
    }

    public void AddTemplate(LinkTarget target)
    {
        if (_templates.Count < MaxPerKind && _templateSet.Add(target))
        {
            _templates.Add(target);
        }
    }

    public void AddImage(string fileName)
    {
        if (_images.Count < MaxPerKind && _imageSet.Add(fileName))
        {
            _images.Add(fileName);
        }
    }

    /// <summary>Adds a category; a later link to the same category replaces the sort key, as in MediaWiki.</summary>
    /// <param name="name">The category name.</param>
    /// <param name="sortKey">The sort key written in the link, or <see langword="null"/>.</param>
    public void AddCategory(string name, string? sortKey)
    {
        if (_categories.ContainsKey(name))
        {
            _categories[name] = sortKey;
        }
        else if (_categoryOrder.Count < MaxPerKind)
        {
            _categories[name] = sortKey;
            _categoryOrder.Add(name);
        }
    }

    public PageLinks ToPageLinks()
    {
        if (_links.Count == 0 && _templates.Count == 0 && _images.Count == 0 && _categoryOrder.Count == 0)
        {
            return PageLinks.Empty;
        }

        var categories = new List<CategoryMembership>(_categoryOrder.Count);
        foreach (var name in _categoryOrder)
        {
            var key = _categories[name];
            categories.Add(new CategoryMembership(name, string.IsNullOrEmpty(key) ? DefaultSort ?? string.Empty : key));
        }

        return new PageLinks([.. _links], categories, [.. _templates], [.. _images]);
    }
}
