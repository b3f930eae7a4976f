using Microsoft.Data.Sqlite;

namespace Athenaeum.Storage.Sqlite;

/// <content>Writing documents: one transaction per batch on the provider's write connection.</content>
internal sealed partial class SqliteSearchIndex
{
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
            using var statements = new WriteStatements(connection, transaction);
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
    }

    /// <summary>The prepared statements of one write batch (also used by the library writer, in an import's batches).</summary>
    internal sealed class WriteStatements : IDisposable
    {
        private readonly SqliteCommand _deleteFts;
        private readonly SqliteCommand _deleteTrigrams;
        private readonly SqliteCommand _deletePage;
        private readonly SqliteCommand _insertPage;
        private readonly SqliteCommand _insertFts;
        private readonly SqliteCommand _insertTrigram;
        private readonly SqliteCommand _deleteTitle;
        private readonly SqliteCommand _deleteText;
        private readonly SqliteCommand _insertTitle;
        private readonly SqliteCommand _insertText;
        private readonly TextCompressor _compressor = new(TextCodec.Deflate);

        public WriteStatements(SqliteConnection connection, SqliteTransaction transaction)
        {
            _deleteFts = Create(connection, transaction, "DELETE FROM search_fts WHERE rowid = $p0", 1);
            _deleteTrigrams = Create(connection, transaction, "DELETE FROM search_trigram WHERE page_id = $p0", 1);
            _deletePage = Create(connection, transaction, "DELETE FROM search_page WHERE page_id = $p0", 1);
            _insertPage = Create(
                connection,
                transaction,
                "INSERT INTO search_page (page_id, revision_id, namespace, title, norm_title, redirect_title) VALUES ($p0, $p1, $p2, $p3, $p4, $p5)",
                6);
            _insertFts = Create(connection, transaction, "INSERT INTO search_fts (rowid, title, body) VALUES ($p0, $p1, $p2)", 3);
            _insertTrigram = Create(connection, transaction, "INSERT OR IGNORE INTO search_trigram (trigram, page_id) VALUES ($p0, $p1)", 2);
            _deleteTitle = Create(connection, transaction, "DELETE FROM search_title_fts WHERE rowid = $p0", 1);
            _deleteText = Create(connection, transaction, "DELETE FROM search_text WHERE page_id = $p0", 1);
            _insertTitle = Create(connection, transaction, "INSERT INTO search_title_fts (rowid, title) VALUES ($p0, $p1)", 2);
            _insertText = Create(connection, transaction, "INSERT INTO search_text (page_id, codec, utf8_length, data) VALUES ($p0, $p1, $p2, $p3)", 4);
        }

        public void Delete(long pageId)
        {
            foreach (var command in new[] { _deleteFts, _deleteTrigrams, _deletePage, _deleteTitle, _deleteText })
            {
                SqliteValues.Bind(command, pageId);
                command.ExecuteNonQuery();
            }
        }

        public void Insert(SearchDocument document)
        {
            SqliteValues.Bind(
                _insertPage,
                document.PageId,
                document.RevisionId,
                document.Namespace,
                document.Title,
                document.NormalizedTitle,
                SqliteValues.OrNull(document.RedirectTitle));
            _insertPage.ExecuteNonQuery();
            if (document.RedirectTitle is null)
            {
                SqliteValues.Bind(_insertFts, document.PageId, document.Title, document.Body);
                _insertFts.ExecuteNonQuery();
                SqliteValues.Bind(_insertTitle, document.PageId, document.Title);
                _insertTitle.ExecuteNonQuery();
                var text = document.StoredBody ?? _compressor.Compress(document.Body);
                SqliteValues.Bind(_insertText, document.PageId, (int)text.Codec, text.Utf8Length, text.Data);
                _insertText.ExecuteNonQuery();
            }

            foreach (var trigram in document.Trigrams)
            {
                SqliteValues.Bind(_insertTrigram, trigram, document.PageId);
                _insertTrigram.ExecuteNonQuery();
            }
        }

        public void Dispose()
        {
            foreach (var command in new[] { _deleteFts, _deleteTrigrams, _deletePage, _insertPage, _insertFts, _insertTrigram, _deleteTitle, _deleteText, _insertTitle, _insertText })
            {
                command.Dispose();
            }
        }

        private static SqliteCommand Create(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameters)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var name in SqliteParameterNames.Positional.AsSpan(0, parameters))
            {
                command.Parameters.AddWithValue(name, DBNull.Value);
            }

            command.Prepare();
            return command;
        }
    }
}
