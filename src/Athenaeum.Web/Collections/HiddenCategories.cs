using System.Collections.Concurrent;
using System.Collections.Frozen;
using Athenaeum.Storage;
using Athenaeum.Web.Caching;
using Athenaeum.Web.Hosting;
using Athenaeum.Web.Rendering;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Web.Collections;

/// <summary>
/// Tells which categories are hidden: maintenance categories the site leaves out of an article's Collections,
/// the Collections index and the home page. A category is hidden when its page holds <c>__HIDDENCAT__</c> (often
/// through a template), as in MediaWiki. That is a stored fact of the library (<see cref="IHiddenCategoryStore"/>),
/// decided by the preprocessor after an import (<see cref="HiddenCategoryScanner"/>) and corrected when the site
/// renders a category page (<see cref="Record"/>), so no reader's request renders category pages to find out.
/// A tracking category the parser adds by itself ("Pages with broken file links", "Pages with script errors":
/// <see cref="Wikitext.WikitextPipeline.TrackingCategories"/>, under the names the wiki's <c>MediaWiki:</c> pages
/// give them) is hidden too unless the wiki has a category page for it without <c>__HIDDENCAT__</c>: dumps seldom
/// carry those pages, and without one MediaWiki would show the category, a red link, under every article with a
/// picture. Answers are remembered until the next import.
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal sealed partial class HiddenCategories
{
    /// <summary>The most answers remembered; past it they are forgotten and read again (each is one indexed query).</summary>
    public const int MaxRemembered = 200_000;

    private readonly LibraryContext _library;
    private readonly HiddenCategoryDecider _decider;
    private readonly ResponseCache _responses;
    private readonly ConcurrentDictionary<string, bool> _hidden = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _hasPage = new(StringComparer.Ordinal);
    private volatile FrozenSet<string>? _trackingNames;

    public HiddenCategories(LibraryContext library, LibraryGeneration generation, HiddenCategoryDecider decider, ResponseCache responses)
    {
        _library = library;
        _decider = decider;
        _responses = responses;
        generation.Changed += (_, _) => Forget();
    }

    /// <summary>Gets the names of the categories the parser adds as tracking categories in this wiki.</summary>
    public FrozenSet<string> TrackingNames => _trackingNames ??= FindTrackingNames();

    private IHiddenCategoryStore Store => _library.Stores.HiddenCategories;

    /// <summary>Drops the remembered answers (after an import, or after a scan stored new decisions).</summary>
    public void Forget()
    {
        _hidden.Clear();
        _hasPage.Clear();
        _trackingNames = null;
    }

    /// <summary>Removes the hidden categories from a list.</summary>
    /// <param name="categories">Category names.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The visible ones, in order, each once.</returns>
    public Task<IReadOnlyList<string>> VisibleAsync(IEnumerable<string> categories, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> visible = [.. categories.Distinct(StringComparer.Ordinal).Where(name => !IsHidden(name, cancellationToken))];
        return Task.FromResult(visible);
    }

    /// <summary>Tells whether a category is hidden.</summary>
    /// <param name="name">The category name without prefix.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns><see langword="true"/> when its page says <c>__HIDDENCAT__</c>, or it is a tracking category without a page.</returns>
    public Task<bool> IsHiddenAsync(string name, CancellationToken cancellationToken) => Task.FromResult(IsHidden(name, cancellationToken));

    /// <summary>
    /// Takes a rendering of a category page as the truth: stores its hidden flag (with the templates it used) when the
    /// stored one differs or is for another revision, so that the index and the home page follow (finished pages are
    /// dropped from the response cache when the flag flips).
    /// </summary>
    /// <param name="page">The rendered page.</param>
    /// <param name="article">Its rendering.</param>
    public void Record(PageRecord page, RenderedArticle article)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(article);
        if (page.Namespace != StandardNamespaces.Category || page.IsRedirect || page.IsRemoved || article.Failed)
        {
            return;
        }

        var hidden = article.Metadata.Properties.Contains("hiddencat");
        Remember(page.Title, hidden);
        if (_library.Provider.IsReadOnly)
        {
            return;
        }

        var stored = Store.GetCategoryPage(page.Title);
        if (stored?.PageId != page.Id || (stored.IsDecidedForRevision && stored.Decision!.IsHidden == hidden))
        {
            return;
        }

        // The renderer recorded the revision of every template it used: those are the dependencies.
        var revisions = article.Metadata.Templates.DistinctBy(t => (t.Namespace, t.Title)).ToDictionary(t => (t.Namespace, t.Title), t => t.Revision);
        var dependencies = HiddenCategoryDecider.FormatDependencies(revisions.Keys, (ns, title) => revisions.GetValueOrDefault((ns, title)));
        Store.Save([new HiddenCategoryDecision(page.Id, page.RevisionId, hidden, HiddenCategorySource.Render, dependencies)]);
        if (stored.Decision?.IsHidden != hidden)
        {
            // Finished home and index pages may list the category, or leave it out, wrongly now.
            _responses.Clear();
        }
    }

    private bool IsHidden(string name, CancellationToken cancellationToken)
    {
        if (_hidden.TryGetValue(name, out var hidden))
        {
            return hidden;
        }

        var state = Store.GetCategoryPage(name);
        if (state is null || state.IsRedirect)
        {
            hidden = TrackingNames.Contains(name);
        }
        else if (state.IsDecidedForRevision)
        {
            hidden = state.Decision!.IsHidden;
        }
        else
        {
            // Not decided yet (the server's scan has not reached it): the preprocessor decides now, never a render.
            hidden = DecideNow(state, cancellationToken);
        }

        Remember(name, hidden);
        return hidden;
    }

    private void Remember(string name, bool hidden)
    {
        if (_hidden.Count >= MaxRemembered)
        {
            _hidden.Clear();
        }

        _hidden[name] = hidden;
    }

    private bool DecideNow(CategoryPageState state, CancellationToken cancellationToken)
    {
        var pages = _library.Provider.Pages;
        if (pages.GetPageById(state.PageId) is not { IsRemoved: false } page)
        {
            return false;
        }

        var decision = _decider.Decide(page, (ns, title) => pages.GetPage(ns, title)?.RevisionId ?? 0, cancellationToken);
        if (!_library.Provider.IsReadOnly)
        {
            Store.Save([decision]);
        }

        return decision.IsHidden;
    }

    // Whether a category has a current page that is not a redirect: then its stored flag decides, not the tracking rule.
    private bool HasPage(string name)
        => _hasPage.GetOrAdd(name, n => Store.GetCategoryPage(n) is { IsRedirect: false });

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
