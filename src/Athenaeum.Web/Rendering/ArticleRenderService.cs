using System.Collections.Concurrent;
using System.Text.Json;
using Athenaeum.Storage;
using Athenaeum.Web.Collections;
using Athenaeum.Web.Hosting;

namespace Athenaeum.Web.Rendering;

/// <summary>
/// Gives a page's rendering: from the library's render cache when it is still valid, else by rendering
/// it (once, however many requests ask at the same time; at most one render per processor at a time)
/// and storing the result in the background.
/// </summary>
/// <remarks>
/// <para>A cached rendering is valid when it was made from the page's current revision by the current
/// <see cref="RendererVersion"/>, and its dependencies are unchanged: the templates and modules it used
/// have the revisions they had, and the pages it linked to still exist or are still missing (link
/// colours). The dependency check is skipped when the rendering was made or last checked in the current
/// <see cref="LibraryGeneration"/>: nothing can have changed without an import. So a request costs one
/// cache read; after an import, the first request of each page re-checks its dependencies (one indexed
/// lookup each) and re-renders only pages whose dependencies changed.</para>
/// <para>Thread-safe; one instance per server.</para>
/// </remarks>
internal sealed partial class ArticleRenderService
{
    private const int MaxValidated = 200_000;

    private readonly LibraryContext _library;
    private readonly LibraryGeneration _generation;
    private readonly CacheWriteQueue _writes;
    private readonly ILogger<ArticleRenderService> _logger;
    private readonly HiddenCategories _hidden;
    private readonly SemaphoreSlim _renderSlots = new(Math.Max(1, Environment.ProcessorCount));
    private readonly ConcurrentDictionary<long, Lazy<Task<RenderedArticle>>> _inFlight = new();
    private readonly ConcurrentDictionary<long, string> _validated = new();

    public ArticleRenderService(LibraryContext library, LibraryGeneration generation, CacheWriteQueue writes, HiddenCategories hidden, ILogger<ArticleRenderService> logger)
    {
        _library = library;
        _hidden = hidden;
        _generation = generation;
        _writes = writes;
        _logger = logger;
        _generation.Changed += (_, _) =>
        {
            _validated.Clear();
            _library.PageSource.Clear();
        };
    }

    /// <summary>Gets how many pages this process rendered.</summary>
    public long RenderCount => Interlocked.Read(ref _renderCount);

    private long _renderCount;

    /// <summary>Gets a page's rendering, rendering it if the cached one is missing or stale.</summary>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels waiting (a render that started finishes for the next reader).</param>
    /// <returns>The rendering.</returns>
    public async Task<RenderedArticle> GetAsync(PageRecord page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        var cached = TryGetValid(page);
        if (cached is not null)
        {
            return cached;
        }

        var lazy = _inFlight.GetOrAdd(page.Id, _ => new Lazy<Task<RenderedArticle>>(() => RenderThrottledAsync(page)));
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (lazy.IsValueCreated && lazy.Value.IsCompleted)
            {
                _inFlight.TryRemove(new KeyValuePair<long, Lazy<Task<RenderedArticle>>>(page.Id, lazy));
            }
        }
    }

    /// <summary>Renders a page now if its cached rendering is missing or stale, storing the result before returning (for <c>athenaeum render</c>).</summary>
    /// <param name="page">The page.</param>
    /// <returns>The rendering, and whether it had to be made.</returns>
    public (RenderedArticle Article, bool Rendered) EnsureRendered(PageRecord page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var cached = TryGetValid(page);
        if (cached is not null)
        {
            return (cached, false);
        }

        var article = Render(page, store: false);
        if (!article.Failed)
        {
            Store(page, article);
        }

        return (article, true);
    }

    private RenderedArticle? TryGetValid(PageRecord page)
    {
        var cached = _library.RenderCache.Get(page.Id);
        if (cached is null || cached.RevisionId != page.RevisionId
            || !string.Equals(cached.RendererVersion, RendererVersion.Current, StringComparison.Ordinal)
            || cached.Metadata is null)
        {
            return null;
        }

        RenderMetadata? metadata;
        try
        {
            metadata = JsonSerializer.Deserialize(cached.Metadata, RenderMetadataJson.Default.RenderMetadata);
        }
        catch (JsonException)
        {
            return null;
        }

        if (metadata is null || metadata.Format != RendererVersion.WebFormat)
        {
            return null;
        }

        var stamp = _generation.Stamp;
        var checkedNow = string.Equals(metadata.Generation, stamp, StringComparison.Ordinal)
            || (_validated.TryGetValue(page.Id, out var validatedIn) && string.Equals(validatedIn, stamp, StringComparison.Ordinal));
        if (!checkedNow)
        {
            if (!DependenciesUnchanged(metadata))
            {
                return null;
            }

            if (_validated.Count > MaxValidated)
            {
                _validated.Clear();
            }

            _validated[page.Id] = stamp;
        }

        return new RenderedArticle(page.Id, page.RevisionId, cached.Html, metadata, cached.RenderedAt);
    }

    private bool DependenciesUnchanged(RenderMetadata metadata)
    {
        var pages = _library.Provider.Pages;
        foreach (var dependency in metadata.Templates)
        {
            var revision = pages.GetPage(dependency.Namespace, dependency.Title)?.RevisionId ?? 0;
            if (revision != dependency.Revision)
            {
                return false;
            }
        }

        return string.Equals(RenderFingerprint.LinkState(metadata.Links, l => pages.Exists(l.Namespace, l.Title)), metadata.LinkState, StringComparison.Ordinal);
    }

    private async Task<RenderedArticle> RenderThrottledAsync(PageRecord page)
    {
        await _renderSlots.WaitAsync().ConfigureAwait(false);
        try
        {
            return await Task.Run(() => Render(page, store: true)).ConfigureAwait(false);
        }
        finally
        {
            _renderSlots.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Rendering page {PageId} ({Title}) failed")]
    private partial void LogRenderFailed(Exception exception, long pageId, string title);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Rendered page {PageId} ({Title}) in {Milliseconds} ms")]
    private partial void LogRendered(long pageId, string title, long milliseconds);
}
