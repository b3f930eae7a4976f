using System.Text;
using Athenaeum.Import.Indexing;
using Athenaeum.Web.Hosting;
using Athenaeum.Web.Text;

namespace Athenaeum.Web.Search;

/// <summary>
/// Runs readers' searches over the library's index: full-text search (BM25, title matches weighted
/// up, every word required; the last one also as a prefix when the whole words find nothing or the query
/// ends with <c>*</c>),
/// snippets with the words highlighted (cut from the plain text the index stores), "did you mean" from
/// title trigrams when the words found nothing, and title suggestions by prefix.
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal sealed partial class SearchService
{
    /// <summary>Results per page.</summary>
    public const int PageSize = 20;

    /// <summary>The last page a reader may ask for.</summary>
    public const int MaxPages = 50;

    /// <summary>The longest query read, in characters.</summary>
    public const int MaxQueryLength = 300;

    /// <summary>The most words of a query used.</summary>
    public const int MaxWords = 12;

    /// <summary>The most suggestions returned.</summary>
    public const int MaxSuggestions = 10;

    private const int SnippetLength = 240;

    private readonly LibraryContext _library;
    private readonly SemaphoreSlim _gate;

    public SearchService(LibraryContext library)
    {
        _library = library;
        MaxConcurrentSearches = Math.Max(1, library.Options.SearchConcurrency);
        _gate = new SemaphoreSlim(MaxConcurrentSearches, MaxConcurrentSearches);
    }

    /// <summary>Gets how many searches run at once (<see cref="AthenaeumOptions.SearchConcurrency"/>); <see cref="SearchAsync"/> queues the others.</summary>
    public int MaxConcurrentSearches { get; }

    /// <summary>
    /// Searches once one of <see cref="MaxConcurrentSearches"/> places is free. A search uses the processor
    /// throughout (the index is read from memory or the file cache): more at once than there are processors
    /// only share them, slowing every one, and each needs its own reader connection, whose page cache is then
    /// colder. Waiting searches hold no thread and are served first come, first served.
    /// </summary>
    /// <param name="query">The reader's text.</param>
    /// <param name="page">The page of results (from 1; clamped).</param>
    /// <param name="cancellationToken">Cancels the wait (the reader went away).</param>
    /// <returns>The results.</returns>
    /// <exception cref="OperationCanceledException">The wait was cancelled.</exception>
    public async Task<SearchResults> SearchAsync(string query, int page, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return Search(query, page);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Searches, within a place of the limit (<see cref="SearchAsync"/>).</summary>
    private SearchResults Search(string query, int page)
    {
        query = Clip(query);
        page = Math.Clamp(page, 1, MaxPages);
        var words = Words(query);
        var exact = ExactTitle(query);
        if (words.Count == 0)
        {
            return new SearchResults(query, [], 0, page, PageSize, exact, null);
        }

        var index = _library.Stores.Search;
        var offset = (page - 1) * PageSize;
        // A trailing '*' asks for the last word as a prefix (as in MediaWiki's search syntax).
        var asked = query.EndsWith('*') && words[^1].Length >= 2;
        var result = index.Search(MatchExpression(words, lastAsPrefix: asked), offset, PageSize);
        var widened = false;
        if (!asked && result.Total == 0 && words[^1].Length >= 2)
        {
            // Nothing has the whole words: the last one may be cut short. (Widening only then keeps the
            // costly prefix expansion, about as dear as the search itself, off queries that found something.)
            var prefixed = index.Search(MatchExpression(words, lastAsPrefix: true), offset, PageSize);
            if (prefixed.Total > 0)
            {
                result = prefixed;
                widened = true;
            }
        }

        var texts = index.GetPlainTexts(result.Hits.Select(h => h.PageId).ToList());
        var results = result.Hits
            .Select(h =>
            {
                using var text = OpenPlainText(h.PageId, texts);
                return new SearchResult(_library.PrefixedTitle(h.Namespace, h.Title), Snippet(text, words, textMatches: h.FirstTextMatch is not < 0));
            })
            .ToList();

        // "Did you mean" only when the words found nothing: a near-miss title is then the likely intent (title trigrams cost 5–35 ms on a big wiki).
        var didYouMean = exact is null && result.Total == 0 ? DidYouMean(query) : null;
        return new SearchResults(query, results, result.Total, page, PageSize, exact, didYouMean)
        {
            IsTotalExact = result.IsTotalExact,
            WidenedPrefix = widened ? words[^1] : null,
        };
    }

    /// <summary>Suggests titles that start with what the reader typed.</summary>
    /// <param name="prefix">The text typed.</param>
    /// <returns>At most <see cref="MaxSuggestions"/> titles.</returns>
    public IReadOnlyList<TitleSuggestion> Suggest(string prefix)
    {
        var folded = TextFolding.Fold(Clip(prefix));
        if (folded.Length == 0)
        {
            return [];
        }

        return _library.Stores.Search.FindByPrefix(folded, MaxSuggestions)
            .Select(t =>
            {
                var title = _library.PrefixedTitle(t.Namespace, t.Title);
                return new TitleSuggestion(title, WikiUrls.Article(title), t.RedirectTitle);
            })
            .ToList();
    }

    /// <summary>Splits a query into the words the index knows (letters and digits), at most <see cref="MaxWords"/>.</summary>
    /// <param name="query">The query.</param>
    /// <returns>The folded words, each once.</returns>
    public static IReadOnlyList<string> Words(string query)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in TextFolding.Fold(query) + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
                continue;
            }

            if (sb.Length > 0 && words.Count < MaxWords)
            {
                var word = sb.ToString();
                if (!words.Contains(word, StringComparer.Ordinal))
                {
                    words.Add(word);
                }
            }

            sb.Clear();
        }

        return words;
    }

    /// <summary>Builds the FTS5 expression: each word quoted (so no reader text is ever FTS syntax), all required.</summary>
    /// <param name="words">The words (letters and digits only).</param>
    /// <param name="lastAsPrefix">Whether the last word (of two letters or more) also matches as a prefix.</param>
    /// <returns>The expression.</returns>
    public static string MatchExpression(IReadOnlyList<string> words, bool lastAsPrefix = true)
    {
        var parts = words.Select(w => "\"" + w + "\"").ToList();
        var last = words[^1];
        if (lastAsPrefix && last.Length >= 2)
        {
            parts[^1] = "(\"" + last + "\" OR \"" + last + "\"*)";
        }

        return string.Join(" AND ", parts);
    }

    /// <summary>Trims a reader's text and cuts it to <see cref="MaxQueryLength"/> characters.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The query as searched.</returns>
    public static string Clip(string? text)
    {
        text = (text ?? string.Empty).Trim();
        return text.Length > MaxQueryLength ? text[..MaxQueryLength] : text;
    }

    private string? ExactTitle(string query)
    {
        var title = _library.Titles.Parse(query);
        if (title is null || title.IsExternal || title.Namespace < 0)
        {
            return null;
        }

        var page = _library.Provider.Pages.GetPage(title.Namespace, title.Text);
        return page is null ? null : _library.PrefixedTitle(page.Namespace, page.Title);
    }

    private string? DidYouMean(string query)
    {
        var folded = TextFolding.Fold(query);
        if (folded.Length < 3)
        {
            return null;
        }

        var limit = Math.Max(1, Math.Min(4, folded.Length / 4));
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in _library.Stores.Search.FindByTrigrams(TextFolding.Trigrams(folded), 20))
        {
            var distance = TextFolding.EditDistance(folded, candidate.NormalizedTitle, limit);
            if (distance > 0 && distance <= limit && distance < bestDistance)
            {
                bestDistance = distance;
                best = _library.PrefixedTitle(candidate.Namespace, candidate.Title);
            }
        }

        return best;
    }
}
