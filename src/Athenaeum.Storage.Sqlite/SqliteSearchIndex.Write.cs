using Microsoft.Data.Sqlite;

namespace Athenaeum.Storage.Sqlite;

/// <content>Writing documents: one transaction per batch on the provider's write connection.</content>
internal sealed partial class SqliteSearchIndex
{
    /// <summary>Each segment has at least one row in the FTS5 <c>_idx</c> table, keyed by segment id: a few hundred rows even for a big index.</summary>
    private const string SegmentsSql = "SELECT count(DISTINCT segid) FROM search_fts_idx";

    /// <inheritdoc/>
    public void Apply(IReadOnlyList<SearchDocument> upserts, IReadOnlyList<long> deletes)
    {
        ArgumentNullException.ThrowIfNull(upserts);
        ArgumentNullException.ThrowIfNull(deletes);
        if (upserts.Count == 0 && deletes.Count == 0)
        {
            return;
        }

        _library.UseSmallWriter(connection =>
        {
            using var transaction = connection.BeginTransaction();
            using var statements = new WriteStatements(connection);
            foreach (var id in deletes)
            {
                statements.Delete(id);
            }

            foreach (var document in upserts)
            {
                statements.Delete(document.PageId);
                statements.Insert(document);
            }

            transaction.Commit();
            return 0;
        });

        // After the commit: a search that read a count under the old snapshot cannot keep it (RankingCache.Epoch).
        foreach (var id in deletes)
        {
            _library.RankingCache.Forget(id);
        }

        foreach (var document in upserts)
        {
            _library.RankingCache.Forget(document.PageId);
        }
    }

    /// <inheritdoc/>
    public bool MergeSegments(int maxSegments)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxSegments);
        if (CountSegments() <= maxSegments)
        {
            return false;
        }

        // 'optimize' merges every segment into one (sqlite.org/fts5.html, "The 'optimize' Command"): the index is
        // rewritten once, in one transaction, while readers go on reading the old segments (WAL).
        _library.UseSmallWriter(connection =>
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO search_fts (search_fts) VALUES ('optimize'); INSERT INTO search_title_fts (search_title_fts) VALUES ('optimize');";
            command.ExecuteNonQuery();
            transaction.Commit();
            return 0;
        });
        return true;
    }

    /// <summary>Counts the segments of the body index (the one searches spend their time in).</summary>
    internal long CountSegments() => _library.Readers.Use(c => (long)c.Command(SegmentsSql, 0).ExecuteScalar()!);

    /// <summary>
    /// The prepared statements that write documents (also used by the library writer, in an import's batches). They run in
    /// whatever transaction the connection has open, on SQLite's own API: an import writes tens of rows per page
    /// (a trigram each), and Microsoft.Data.Sqlite's per-execution data reader cost more than the inserts.
    /// </summary>
    /// <remarks>Not thread-safe: bound to one connection.</remarks>
    internal sealed class WriteStatements : IDisposable
    {
        private readonly RawStatement _deleteFts;
        private readonly RawStatement _deleteTrigrams;
        private readonly RawStatement _deletePage;
        private readonly RawStatement _insertPage;
        private readonly RawStatement _insertFts;
        private readonly RawStatement _insertTrigram;
        private readonly RawStatement _deleteTitle;
        private readonly RawStatement _deleteText;
        private readonly RawStatement _insertTitle;
        private readonly RawStatement _insertText;
        private readonly RawStatement[] _all;
        private readonly TextCompressor _compressor = new(TextCodec.Deflate);

        public WriteStatements(SqliteConnection connection)
        {
            _deleteFts = new RawStatement(connection, "DELETE FROM search_fts WHERE rowid = ?1");
            _deleteTrigrams = new RawStatement(connection, "DELETE FROM search_trigram WHERE page_id = ?1");
            _deletePage = new RawStatement(connection, "DELETE FROM search_page WHERE page_id = ?1");
            _insertPage = new RawStatement(
                connection,
                "INSERT INTO search_page (page_id, revision_id, namespace, title, norm_title, redirect_title) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
            _insertFts = new RawStatement(connection, "INSERT INTO search_fts (rowid, title, body) VALUES (?1, ?2, ?3)");
            _insertTrigram = new RawStatement(connection, "INSERT OR IGNORE INTO search_trigram (trigram, page_id) VALUES (?1, ?2)");
            _deleteTitle = new RawStatement(connection, "DELETE FROM search_title_fts WHERE rowid = ?1");
            _deleteText = new RawStatement(connection, "DELETE FROM search_text WHERE page_id = ?1");
            _insertTitle = new RawStatement(connection, "INSERT INTO search_title_fts (rowid, title) VALUES (?1, ?2)");
            _insertText = new RawStatement(connection, "INSERT INTO search_text (page_id, codec, utf8_length, data) VALUES (?1, ?2, ?3, ?4)");
            _all = [_deleteFts, _deleteTrigrams, _deletePage, _insertPage, _insertFts, _insertTrigram, _deleteTitle, _deleteText, _insertTitle, _insertText];
        }

        public void Delete(long pageId)
        {
            foreach (var statement in new[] { _deleteFts, _deleteTrigrams, _deletePage, _deleteTitle, _deleteText })
            {
                statement.Bind(1, pageId);
                statement.Execute();
            }
        }

        public void Insert(SearchDocument document)
        {
            var id = document.PageId;
            _insertPage.Bind(1, id);
            _insertPage.Bind(2, document.RevisionId);
            _insertPage.Bind(3, document.Namespace);
            _insertPage.Bind(4, document.Title);
            _insertPage.Bind(5, document.NormalizedTitle);
            _insertPage.Bind(6, document.RedirectTitle);
            _insertPage.Execute();
            if (document.RedirectTitle is null)
            {
                _insertFts.Bind(1, id);
                _insertFts.Bind(2, document.Title);
                _insertFts.Bind(3, document.Body);
                _insertFts.Execute();
                _insertTitle.Bind(1, id);
                _insertTitle.Bind(2, document.Title);
                _insertTitle.Execute();
                var text = document.StoredBody ?? _compressor.Compress(document.Body);
                _insertText.Bind(1, id);
                _insertText.Bind(2, (int)text.Codec);
                _insertText.Bind(3, text.Utf8Length);
                _insertText.Bind(4, text.Data);
                _insertText.Execute();
            }

            _insertTrigram.Bind(2, id);
            foreach (var trigram in document.Trigrams)
            {
                _insertTrigram.Bind(1, trigram);
                _insertTrigram.Execute();
            }
        }

        public void Dispose()
        {
            foreach (var statement in _all)
            {
                statement.Dispose();
            }
        }
    }
}
