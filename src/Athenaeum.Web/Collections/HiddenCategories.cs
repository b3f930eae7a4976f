using System.Collections.Concurrent;
using System.Collections.Frozen;
using Athenaeum.Storage;
using Athenaeum.Web.Hosting;
using Athenaeum.Web.Rendering;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Web.Collections;

/// <summary>
/// Tells which categories are hidden: maintenance categories the site leaves out of an article's
/// Collections. A category is hidden when its page holds <c>__HIDDENCAT__</c> (often through a template),
/// as in MediaWiki; found by rendering the category page (cached like any page), so that templates count.
/// A tracking category the parser adds by itself ("Pages with broken file links", "Pages with script
/// errors": <see cref="Wikitext.WikitextPipeline.TrackingCategories"/>, under the names the wiki's
/// <c>MediaWiki:</c> pages give them) is hidden too unless the wiki has a category page for it without
/// <c>__HIDDENCAT__</c>: dumps seldom carry those pages, and without one MediaWiki would show the category,
/// a red link, under every article with a picture. Hidden tracking categories are also left out of the
/// Collections index and the home page. The answers are remembered until the next import.
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class HiddenCategories
{
    private readonly LibraryContext _library;
    private readonly ArticleRenderService _renderer;
    private readonly ConcurrentDictionary<string, bool> _hidden = new(StringComparer.Ordinal);
    private volatile FrozenSet<string>? _trackingNames;

    public HiddenCategories(LibraryContext library, ArticleRenderService renderer, LibraryGeneration generation)
    {
        _library = library;
        _renderer = renderer;
        generation.Changed += (_, _) =>
        {
            _hidden.Clear();
            _trackingNames = null;
        };
    }

    /// <summary>Gets the names of the categories the parser adds as tracking categories in this wiki.</summary>
    public FrozenSet<string> TrackingNames => _trackingNames ??= FindTrackingNames();

    /// <summary>Removes the hidden categories from a list.</summary>
    /// <param name="categories">Category names.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The visible ones, in order, each once.</returns>
    public async Task<IReadOnlyList<string>> VisibleAsync(IEnumerable<string> categories, CancellationToken cancellationToken)
    {
        var visible = new List<string>();
        foreach (var name in categories.Distinct(StringComparer.Ordinal))
        {
            if (!await IsHiddenAsync(name, cancellationToken).ConfigureAwait(false))
            {
                visible.Add(name);
            }
        }

        return visible;
    }

    /// <summary>Tells whether a category is hidden.</summary>
    /// <param name="name">The category name without prefix.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns><see langword="true"/> when its page says <c>__HIDDENCAT__</c>, or it is a tracking category without a page.</returns>
    public async Task<bool> IsHiddenAsync(string name, CancellationToken cancellationToken)
    {
        if (_hidden.TryGetValue(name, out var hidden))
        {
            return hidden;
        }

        var page = _library.Provider.Pages.GetPage(StandardNamespaces.Category, name);
        if (page is null || page.IsRedirect || page.IsRemoved)
        {
            hidden = TrackingNames.Contains(name);
        }
        else
        {
            var article = await _renderer.GetAsync(page, cancellationToken).ConfigureAwait(false);
            hidden = article.Metadata.Properties.Contains("hiddencat");
        }

        _hidden[name] = hidden;
        return hidden;
    }

    /// <summary>
    /// Lists the largest Collections a reader should see on the home page: without hidden tracking categories
    /// and without categories whose page says <c>__HIDDENCAT__</c> (on a Wikipedia the largest categories are
    /// maintenance ones such as "Articles with short description"). Looks at most
    /// <c>5 × count</c> + the tracking names of the largest, rendering their category pages once per library
    /// generation, so the first home page after an import stays bounded.
    /// </summary>
    /// <param name="store">The library's Collections.</param>
    /// <param name="count">How many to list.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Up to <paramref name="count"/> Collections, largest first.</returns>
    public async Task<IReadOnlyList<CollectionSummary>> ListLargestVisibleAsync(ICollectionStore store, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var kept = new List<CollectionSummary>(count);
        foreach (var collection in store.ListLargestCollections((count * 5) + TrackingNames.Count))
        {
            if (kept.Count >= count)
            {
                break;
            }

            if (!await IsHiddenAsync(collection.Name, cancellationToken).ConfigureAwait(false))
            {
                kept.Add(collection);
            }
        }

        return kept;
    }

    /// <summary>
    /// Lists one page of the Collections index without the hidden tracking categories: reads on from
    /// <paramref name="fromName"/> until <paramref name="limit"/> visible Collections are found (or the
    /// index ends), so every page but the last is full, and finds where the next page starts.
    /// </summary>
    /// <param name="store">The library's Collections.</param>
    /// <param name="fromName">The first name of the page (inclusive); empty for the first page.</param>
    /// <param name="limit">Collections per page.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The page's Collections in name order, and the name the next page starts with (<see langword="null"/> on the last page).</returns>
    public async Task<(IReadOnlyList<CollectionSummary> Collections, string? NextFrom)> ListVisibleCollectionsAsync(
        ICollectionStore store, string fromName, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);

        // At most TrackingNames.Count rows can be hidden, so one read of limit + 1 + that many rows
        // usually fills the page; the loop covers the rest.
        var batch = limit + 1 + TrackingNames.Count;
        var visible = new List<CollectionSummary>(limit + 1);
        var cursor = fromName;
        string? last = null;
        while (visible.Count <= limit)
        {
            var rows = store.ListCollections(cursor, batch);
            foreach (var row in rows)
            {
                // Names are unique, and a batch starts at the previous batch's last name (inclusive).
                if (last is not null && string.Equals(row.Name, last, StringComparison.Ordinal))
                {
                    continue;
                }

                last = row.Name;
                if (!TrackingNames.Contains(row.Name) || !await IsHiddenAsync(row.Name, cancellationToken).ConfigureAwait(false))
                {
                    visible.Add(row);
                    if (visible.Count > limit)
                    {
                        break;
                    }
                }
            }

            if (rows.Count < batch || last is null)
            {
                break;
            }

            cursor = last;
        }

        return visible.Count > limit ? (visible[..limit], visible[limit].Name) : (visible, null);
    }

    /// <summary>
    /// Finds where the page before the one starting at <paramref name="fromName"/> starts: reads back from it
    /// until <paramref name="limit"/> visible Collections are found, so that paging back shows the same pages
    /// as paging forward from the first.
    /// </summary>
    /// <param name="store">The library's Collections.</param>
    /// <param name="fromName">The first name of the current page; empty on the first page.</param>
    /// <param name="limit">Collections per page.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The first name of the previous page; "" when it is the first page; <see langword="null"/> when there is none.</returns>
    public async Task<string?> FindPreviousFromAsync(ICollectionStore store, string fromName, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (fromName.Length == 0)
        {
            return null;
        }

        var batch = limit + 1 + TrackingNames.Count;
        var found = 0;
        var cursor = fromName;
        while (true)
        {
            var rows = store.ListCollectionsBefore(cursor, batch);
            foreach (var row in rows)
            {
                if (!TrackingNames.Contains(row.Name) || !await IsHiddenAsync(row.Name, cancellationToken).ConfigureAwait(false))
                {
                    found++;
                    if (found == limit)
                    {
                        // A full page before this one: it starts here, unless nothing visible comes before it.
                        return await ListVisibleCollectionsAsync(store, string.Empty, 1, cancellationToken).ConfigureAwait(false) is ([var first], _)
                            && string.Equals(first.Name, row.Name, StringComparison.Ordinal) ? string.Empty : row.Name;
                    }
                }
            }

            if (rows.Count < batch)
            {
                return found == 0 ? null : string.Empty;
            }

            cursor = rows[^1].Name;
        }
    }

    /// <summary>Counts the Collections in use, less the hidden tracking categories among them.</summary>
    /// <param name="store">The library's Collections.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The number the index and the home page show.</returns>
    public async Task<long> CountVisibleCollectionsAsync(ICollectionStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var count = store.CountCollections();
        foreach (var name in TrackingNames)
        {
            if (store.ListCollections(name, 1) is [var first] && string.Equals(first.Name, name, StringComparison.Ordinal)
                && await IsHiddenAsync(name, cancellationToken).ConfigureAwait(false))
            {
                count--;
            }
        }

        return Math.Max(0, count);
    }

    // The names the parser gives its tracking categories here, resolved as the renderer resolves them
    // (WikitextPipeline.ResolveTrackingCategory: the wiki's MediaWiki:KEY page, else the built-in message of
    // the wiki's language, else the registered name; "-" turns one off), normalised as titles. Known before
    // any page is rendered.
    private FrozenSet<string> FindTrackingNames()
    {
        var pages = _library.Provider.Pages;
        var language = _library.Configuration.LanguageCode;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in _library.Pipeline.TrackingCategories.Keys)
        {
            string? wikiMessage = null;
            if (_library.Titles.MakeTitle(StandardNamespaces.MediaWiki, key) is { } message
                && pages.GetPage(message.Namespace, message.Text) is { IsRemoved: false } page)
            {
                wikiMessage = pages.GetText(page.Id);
            }

            if (_library.Pipeline.ResolveTrackingCategory(key, language, wikiMessage) is { } name
                && _library.Titles.MakeTitle(StandardNamespaces.Category, name) is { } title)
            {
                names.Add(title.Text);
            }
        }

        return names.ToFrozenSet(StringComparer.Ordinal);
    }
}
