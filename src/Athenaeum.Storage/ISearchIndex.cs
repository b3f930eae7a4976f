namespace Athenaeum.Storage;

/// <summary>
/// The library's search index: a full-text index (title and plain text of every article, ranked by
/// BM25 with title matches weighted up), a title index for suggestions as readers type (normalized
/// title prefixes, redirects included), and title trigrams for "did you mean".
/// The index is kept in step with the pages by a synchronizer that asks for <see cref="GetStalePages"/>
/// and <see cref="GetOrphans"/> and writes batches with <see cref="Apply"/>.
/// </summary>
/// <remarks>Thread-safe; share one instance. Writes are serialized.</remarks>
public interface ISearchIndex
{
    /// <summary>Gets the pages of the given namespaces whose indexed revision differs from their current one, or that are not indexed yet.</summary>
    /// <param name="namespaces">The namespaces to index.</param>
    /// <param name="afterPageId">The last page id already returned (0 to start).</param>
    /// <param name="limit">The most pages to return.</param>
    /// <returns>The pages, in id order.</returns>
    IReadOnlyList<PageRecord> GetStalePages(IReadOnlyCollection<int> namespaces, long afterPageId, int limit);

    /// <summary>Gets indexed pages that are removed or no longer in the given namespaces.</summary>
    /// <param name="namespaces">The namespaces to index.</param>
    /// <param name="limit">The most page ids to return.</param>
    /// <returns>The page ids to remove from the index.</returns>
    IReadOnlyList<long> GetOrphans(IReadOnlyCollection<int> namespaces, int limit);

    /// <summary>Adds, replaces and removes documents in one transaction.</summary>
    /// <param name="upserts">Documents to add or replace.</param>
    /// <param name="deletes">Page ids to remove.</param>
    /// <exception cref="LibraryException">The library is read-only.</exception>
    void Apply(IReadOnlyList<SearchDocument> upserts, IReadOnlyList<long> deletes);

    /// <summary>
    /// Merges the full-text index into one segment when it is split into more than <paramref name="maxSegments"/>:
    /// every search looks a word up in every segment, so an index filled piece by piece (as the synchronizer does)
    /// is slower to search than one built in one go. Results do not change. Indexes without segments do nothing.
    /// </summary>
    /// <param name="maxSegments">The most segments left as they are.</param>
    /// <returns>Whether the index was merged.</returns>
    /// <exception cref="LibraryException">The library is read-only.</exception>
    bool MergeSegments(int maxSegments) => false;

    /// <summary>Gets how many pages the index holds and how many of them are in the full-text index.</summary>
    /// <returns>The counts.</returns>
    SearchIndexCounts GetCounts();

    /// <summary>
    /// Counts the articles (not redirects, not removed) of some namespaces and how many of them the index
    /// holds at their current revision; less than all while the index is being built or rebuilt.
    /// </summary>
    /// <param name="namespaces">The namespaces the index holds.</param>
    /// <returns>The counts. One pass over the namespaces' pages: call it now and then, not per request.</returns>
    SearchIndexCoverage GetCoverage(IReadOnlyCollection<int> namespaces);

    /// <summary>Runs a full-text query.</summary>
    /// <param name="matchExpression">An FTS5 match expression over the columns <c>title</c> and <c>body</c>, built from the reader's words (never their raw text).</param>
    /// <param name="offset">How many hits to skip.</param>
    /// <param name="limit">The most hits to return.</param>
    /// <returns>The hits, best first, with the total number of matching pages (counted up to a limit).</returns>
    /// <remarks>
    /// Ranking cost is bounded: an index may rank a query with very many matches over a subset (title
    /// matches first, then a bounded set of body matches) rather than over every match; the SQLite index
    /// documents its rule.
    /// </remarks>
    /// <exception cref="ArgumentException">The expression is not valid FTS5 syntax.</exception>
    SearchResultPage Search(string matchExpression, int offset, int limit);

    /// <summary>Finds indexed titles that start with a normalized prefix, in normalized-title order.</summary>
    /// <param name="normalizedPrefix">The prefix, normalized as the titles were (<see cref="SearchDocument.NormalizedTitle"/>).</param>
    /// <param name="limit">The most titles to return.</param>
    /// <returns>The titles.</returns>
    IReadOnlyList<IndexedTitle> FindByPrefix(string normalizedPrefix, int limit);

    /// <summary>Finds the titles that share the most trigrams with a query's trigrams.</summary>
    /// <param name="trigrams">The query's trigrams, packed as <see cref="SearchDocument.Trigrams"/> are.</param>
    /// <param name="limit">The most titles to return.</param>
    /// <returns>The titles, most shared trigrams first.</returns>
    IReadOnlyList<IndexedTitle> FindByTrigrams(IReadOnlyCollection<long> trigrams, int limit);

    /// <summary>
    /// Forgets what the index keeps in memory about its contents (for ranking): call it when another process
    /// may have changed the index, such as an import into the library being served. Changes made through this
    /// instance are accounted for without it.
    /// </summary>
    void ForgetCachedState();

    /// <summary>
    /// Loads what ranking keeps in memory for every indexed page at once (each page's word count), instead of
    /// learning it page by page as searches match them: call it in the background after start and after an import.
    /// </summary>
    /// <param name="cancellationToken">Stops the loading (what was loaded is kept).</param>
    /// <returns>How many pages' counts were loaded.</returns>
    int PrepareRanking(CancellationToken cancellationToken);

    /// <summary>Gets the plain text the full-text index holds for pages (to cut snippets from).</summary>
    /// <param name="pageIds">The page ids.</param>
    /// <returns>The texts found, compressed (read them with <see cref="CompressedText.OpenReader"/> as far as needed), by page id; pages indexed without stored text are missing.</returns>
    IReadOnlyDictionary<long, CompressedText> GetPlainTexts(IReadOnlyCollection<long> pageIds);

    /// <summary>Gets the indexed titles of pages.</summary>
    /// <param name="pageIds">The page ids.</param>
    /// <returns>The titles found, by page id.</returns>
    IReadOnlyDictionary<long, IndexedTitle> GetTitles(IReadOnlyCollection<long> pageIds);
}
