using System.Diagnostics;
using Athenaeum.Storage;
using Athenaeum.Web.Hosting;

namespace Athenaeum.Web.Collections;

/// <summary>
/// Brings the stored hidden flags of category pages up to date (<see cref="IHiddenCategoryStore"/>): decides every
/// category page without a decision, or whose page or one of whose transcluded pages has another revision than the
/// decision saw, with <see cref="HiddenCategoryDecider"/> (the preprocessor, not a render). Run by
/// <c>athenaeum import</c> at its end and by the server at start-up and after each import it notices; decisions are
/// stored in batches, so an interrupted pass resumes where it stopped.
/// </summary>
/// <remarks>Thread-safe: passes are serialized.</remarks>
internal sealed class HiddenCategoryScanner
{
    /// <summary>Category pages per read and per write transaction.</summary>
    public const int BatchSize = 200;

    private readonly LibraryContext _library;
    private readonly HiddenCategoryDecider _decider;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public HiddenCategoryScanner(LibraryContext library, HiddenCategoryDecider decider)
    {
        _library = library;
        _decider = decider;
    }

    /// <summary>Brings the hidden flags of an open library up to date (for <c>athenaeum import</c>).</summary>
    /// <param name="provider">The library, open for writing.</param>
    /// <param name="progress">Told the running count of category pages looked at after every batch, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops between pages.</param>
    /// <returns>What the pass did.</returns>
    /// <exception cref="LibraryException">The library is empty or read-only, or its provider has no reader tables.</exception>
    public static async Task<HiddenCategoryScanResult> SynchronizeLibraryAsync(ILibraryProvider provider, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        using var library = new LibraryContext(provider, new AthenaeumOptions { Library = provider.Location }, ownsProvider: false);
        var scanner = new HiddenCategoryScanner(library, new HiddenCategoryDecider(library, TimeProvider.System));
        return await scanner.SynchronizeAsync(null, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Decides every category page whose flag is missing or stale.</summary>
    /// <param name="budget">Stop after this long (the pass reports itself incomplete), or <see langword="null"/> for no limit.</param>
    /// <param name="progress">Told the running count of category pages looked at after every batch, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops between pages.</param>
    /// <returns>What the pass did.</returns>
    /// <exception cref="LibraryException">The library is read-only.</exception>
    public async Task<HiddenCategoryScanResult> SynchronizeAsync(TimeSpan? budget, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        if (_library.Provider.IsReadOnly)
        {
            throw new LibraryException($"{_library.Provider.Location}: the library is open read-only; hidden categories are decided by 'athenaeum import' or a server over a writable library.");
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Task.Run(() => Synchronize(budget, progress, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private HiddenCategoryScanResult Synchronize(TimeSpan? budget, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var store = _library.Stores.HiddenCategories;
        var pages = _library.Provider.Pages;

        // Many category pages share a few templates ({{Hidden category}}, {{Tracking category}}): look each up once a pass.
        var revisions = new Dictionary<(int, string), long>();
        long RevisionOf(int ns, string title)
        {
            if (!revisions.TryGetValue((ns, title), out var revision))
            {
                revision = pages.GetPage(ns, title)?.RevisionId ?? 0;
                revisions[(ns, title)] = revision;
            }

            return revision;
        }

        long looked = 0, decided = 0, rendered = 0, failed = 0;
        var complete = true;
        var after = 0L;
        var pending = new List<HiddenCategoryDecision>();
        while (true)
        {
            var batch = store.ListCategoryPages(after, BatchSize);
            foreach (var state in batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                after = state.PageId;
                looked++;
                if (state.IsDecidedForRevision && HiddenCategoryDecider.DependenciesCurrent(state.Decision!.Dependencies, RevisionOf))
                {
                    continue;
                }

                if (pages.GetPageById(state.PageId) is not { IsRemoved: false } page)
                {
                    continue;
                }

                var decision = _decider.Decide(page, RevisionOf, cancellationToken);
                pending.Add(decision);
                decided++;
                rendered += decision.Source == HiddenCategorySource.Render ? 1 : 0;
                failed += decision.Source == HiddenCategorySource.Failed ? 1 : 0;
            }

            if (pending.Count > 0)
            {
                store.Save(pending);
                pending.Clear();
            }

            progress?.Report(looked);
            if (batch.Count < BatchSize)
            {
                break;
            }

            if (budget is { } limit && clock.Elapsed >= limit)
            {
                complete = false;
                break;
            }
        }

        if (complete)
        {
            // Once a whole pass, not with every batch: the prune reads every stored decision.
            store.Prune();
        }

        return new HiddenCategoryScanResult(looked, decided, rendered, failed, store.CountHidden(), clock.Elapsed, complete);
    }
}
