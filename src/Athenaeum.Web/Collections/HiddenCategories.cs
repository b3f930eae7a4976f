using System.Collections.Concurrent;
using Athenaeum.Web.Hosting;
using Athenaeum.Web.Rendering;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Web.Collections;

/// <summary>
/// Tells which categories are hidden (their page holds <c>__HIDDENCAT__</c>, often through a template):
/// maintenance categories that MediaWiki does not list under an article, and that the site leaves out
/// of an article's Collections. Found by rendering the category page (cached like any page), so that
/// templates count; the answers are remembered until the next import.
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class HiddenCategories
{
    private readonly LibraryContext _library;
    private readonly ArticleRenderService _renderer;
    private readonly ConcurrentDictionary<string, bool> _hidden = new(StringComparer.Ordinal);

    public HiddenCategories(LibraryContext library, ArticleRenderService renderer, LibraryGeneration generation)
    {
        _library = library;
        _renderer = renderer;
        generation.Changed += (_, _) => _hidden.Clear();
    }

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
    /// <returns><see langword="true"/> when its page says <c>__HIDDENCAT__</c>.</returns>
    public async Task<bool> IsHiddenAsync(string name, CancellationToken cancellationToken)
    {
        if (_hidden.TryGetValue(name, out var hidden))
        {
            return hidden;
        }

        var page = _library.Provider.Pages.GetPage(StandardNamespaces.Category, name);
        if (page is null || page.IsRedirect)
        {
            hidden = false;
        }
        else
        {
            var article = await _renderer.GetAsync(page, cancellationToken).ConfigureAwait(false);
            hidden = article.Metadata.Properties.Contains("hiddencat");
        }

        _hidden[name] = hidden;
        return hidden;
    }
}
