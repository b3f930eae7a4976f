using Athenaeum.Storage;
using Athenaeum.Web.Hosting;

namespace Athenaeum.Web.Subjects;

/// <summary>
/// Chooses an article's <b>Subjects</b>: related articles from the link graph. Candidates are the
/// articles that link here (directly or through a redirect) and the articles this one links to
/// (redirects followed); articles linked both ways come first, then those that share the most
/// categories with this one, then links here before links from here, then title order.
/// </summary>
/// <remarks>Thread-safe. Costs one lookup per candidate; results are cached with the page.</remarks>
internal sealed class SubjectFinder
{
    /// <summary>How many Subjects an article shows.</summary>
    public const int Count = 8;

    private const int MaxCandidatesPerSide = 400;
    private const int MaxScored = 60;

    private readonly LibraryContext _library;

    public SubjectFinder(LibraryContext library)
    {
        _library = library;
    }

    /// <summary>Finds an article's Subjects.</summary>
    /// <param name="page">The article.</param>
    /// <param name="categories">The article's categories.</param>
    /// <returns>Up to <see cref="Count"/> related articles.</returns>
    public IReadOnlyList<PageReference> Find(PageRecord page, IReadOnlyCollection<string> categories)
    {
        ArgumentNullException.ThrowIfNull(page);
        var pages = _library.Provider.Pages;
        var links = _library.Provider.Links;
        var candidates = new Dictionary<long, Candidate>();

        // Articles that link here, directly or through one of this page's redirects.
        var self = new LinkTarget(page.Namespace, page.Title);
        var targets = new List<LinkTarget> { self };
        targets.AddRange(pages.GetRedirectsTo(self, 20).Select(r => new LinkTarget(r.Namespace, r.Title)));
        foreach (var target in targets)
        {
            foreach (var source in links.GetLinksHere(target, MaxCandidatesPerSide))
            {
                if (source.Namespace == 0 && !source.IsRedirect && source.Id != page.Id)
                {
                    Get(candidates, source).LinksHere = true;
                }
            }
        }

        // Articles this one links to, redirects resolved.
        foreach (var target in links.GetLinks(page.Id).Where(t => t.Namespace == 0).Take(MaxCandidatesPerSide))
        {
            var linked = pages.GetPage(target.Namespace, target.Title);
            if (linked?.RedirectTarget is { Namespace: 0 } redirect)
            {
                linked = pages.GetPage(0, redirect.Title);
            }

            if (linked is { Namespace: 0, IsRedirect: false } && linked.Id != page.Id)
            {
                Get(candidates, new PageReference(linked.Id, 0, linked.Title, false)).LinkedFrom = true;
            }
        }

        var own = new HashSet<string>(categories, StringComparer.Ordinal);
        var scored = candidates.Values
            .OrderByDescending(c => c.Mutual)
            .ThenByDescending(c => c.LinksHere)
            .ThenBy(c => c.Page.Title, StringComparer.Ordinal)
            .Take(MaxScored)
            .ToList();
        if (own.Count > 0)
        {
            foreach (var candidate in scored)
            {
                candidate.SharedCategories = links.GetCategories(candidate.Page.Id).Count(c => own.Contains(c.Category));
            }
        }

        return scored
            .OrderByDescending(c => c.Mutual)
            .ThenByDescending(c => c.SharedCategories)
            .ThenByDescending(c => c.LinksHere)
            .ThenBy(c => c.Page.Title, StringComparer.Ordinal)
            .Take(Count)
            .Select(c => c.Page)
            .ToList();
    }

    private static Candidate Get(Dictionary<long, Candidate> candidates, PageReference page)
    {
        if (!candidates.TryGetValue(page.Id, out var candidate))
        {
            candidate = new Candidate(page);
            candidates[page.Id] = candidate;
        }

        return candidate;
    }

    private sealed class Candidate(PageReference page)
    {
        public PageReference Page { get; } = page;

        public bool LinksHere { get; set; }

        public bool LinkedFrom { get; set; }

        public bool Mutual => LinksHere && LinkedFrom;

        public int SharedCategories { get; set; }
    }
}
