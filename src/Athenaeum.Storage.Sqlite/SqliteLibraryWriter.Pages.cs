namespace Athenaeum.Storage.Sqlite;

/// <content>Writing pages: add, update, unchanged, duplicate titles; their search-index entries.</content>
internal sealed partial class SqliteLibraryWriter
{
    /// <inheritdoc/>
    public PageWriteOutcome WritePage(long runId, PageWrite page)
    {
        ArgumentNullException.ThrowIfNull(page);
        RequireBatch();
        var existing = FindBySource(page.SourcePageId);
        if (existing is { } e)
        {
            if (!e.IsRemoved && e.RevisionId == page.RevisionId && e.Namespace == page.Namespace && string.Equals(e.Title, page.Title, StringComparison.Ordinal))
            {
                return e.RunId == runId ? PageWriteOutcome.AlreadyWritten : MarkSeen(runId, e.Id);
            }

            if (e.RunId == runId || IsSeen(runId, e.Id))
            {
                // The dump holds this page id twice with different content: the first occurrence stays.
                return PageWriteOutcome.SkippedDuplicate;
            }
        }

        var now = Now();
        if (!ReleaseTitle(page, now))
        {
            return PageWriteOutcome.SkippedDuplicate;
        }

        long id;
        if (existing is { } old)
        {
            id = old.Id;
            SqliteValues.Bind(
                _updatePage,
                page.Namespace,
                page.Title,
                page.RevisionId,
                SqliteValues.FormatTime(page.RevisionTimestamp),
                SqliteValues.OrNull(page.Contributor),
                page.ContentModel,
                page.RedirectTarget?.Namespace,
                page.RedirectTarget?.Title,
                page.Text.Utf8Length,
                page.TextSha1,
                now,
                runId,
                id);
            _updatePage.ExecuteNonQuery();
            _links.Delete(id);
            _search.Delete(id);
            _deleteRendered.Parameters[0].Value = id;
            _deleteRendered.ExecuteNonQuery();
        }
        else
        {
            id = InsertPage(runId, page, now);
        }

        _upsertText.Bind(1, id);
        _upsertText.Bind(2, (int)page.Text.Codec);
        _upsertText.Bind(3, page.Text.Utf8Length);
        _upsertText.Bind(4, page.Text.Data);
        _upsertText.Execute();
        _links.Insert(id, page.Title, page.Links);
        if (page.Search is { } document)
        {
            _search.Insert(document with { PageId = id });
        }

        return existing is null ? PageWriteOutcome.Added : PageWriteOutcome.Updated;
    }

    /// <inheritdoc/>
    public PageWriteOutcome WriteUnchanged(long runId, long sourcePageId, long revisionId, LinkTarget target)
    {
        RequireBatch();
        if (FindBySource(sourcePageId) is { } e && !e.IsRemoved && e.RevisionId == revisionId
            && e.Namespace == target.Namespace && string.Equals(e.Title, target.Title, StringComparison.Ordinal))
        {
            return e.RunId == runId ? PageWriteOutcome.AlreadyWritten : MarkSeen(runId, e.Id);
        }

        return PageWriteOutcome.NeedsFullWrite;
    }

    /// <summary>
    /// Inserts a new page row. On SQLite's own API, not through <c>INSERT … RETURNING id</c> with a Microsoft.Data.Sqlite
    /// command: that took 187 s of the writer's 1 GB import (1.5 ms a page, wall clock on a loaded machine), the bare insert 6 s (a probe per
    /// statement; SQLite itself inserts such a row in ~30 µs), so the "0.6 ms page-row insert" was the data reader, not
    /// the title index.
    /// </summary>
    private long InsertPage(long runId, PageWrite page, string now)
    {
        var insert = _insertPage;
        insert.Bind(1, page.Namespace);
        insert.Bind(2, page.Title);
        insert.Bind(3, page.SourcePageId);
        insert.Bind(4, now);
        insert.Bind(5, page.RevisionId);
        insert.Bind(6, SqliteValues.FormatTime(page.RevisionTimestamp));
        insert.Bind(7, page.Contributor);
        insert.Bind(8, page.ContentModel);
        if (page.RedirectTarget is { } target)
        {
            insert.Bind(9, target.Namespace);
            insert.Bind(10, target.Title);
        }
        else
        {
            insert.BindNull(9);
            insert.BindNull(10);
        }

        insert.Bind(11, page.Text.Utf8Length);
        insert.Bind(12, page.TextSha1);
        insert.Bind(13, runId);
        insert.Execute();
        return insert.LastInsertRowId;
    }

    private bool IsSeen(long runId, long pageId)
    {
        SqliteValues.Bind(_selectSeen, runId, pageId);
        using var reader = _selectSeen.ExecuteReader();
        return reader.Read();
    }

    private PageWriteOutcome MarkSeen(long runId, long pageId)
    {
        SqliteValues.Bind(_insertSeen, runId, pageId);

        // Already seen in this run: a resumed run reads the pages of its last stream again.
        return _insertSeen.ExecuteNonQuery() == 0 ? PageWriteOutcome.AlreadyWritten : PageWriteOutcome.Unchanged;
    }

    /// <summary>
    /// Frees the page's title when another current page holds it: a dump can hold a title twice, and a
    /// newer dump can hold a page deleted and recreated under a new id. The newer revision wins.
    /// </summary>
    /// <returns><see langword="false"/> when the holder is newer and this page must be skipped.</returns>
    private bool ReleaseTitle(PageWrite page, string now)
    {
        var select = _selectTitleHolder;
        select.Bind(1, page.Namespace);
        select.Bind(2, page.Title);
        select.Bind(3, page.SourcePageId);
        if (!select.Step())
        {
            return true;
        }

        DateTimeOffset holderTimestamp;
        long holderId;
        try
        {
            holderTimestamp = SqliteValues.ParseTime(select.GetString(1));
            holderId = select.GetInt64(0);
        }
        finally
        {
            select.Reset();
        }

        if (holderTimestamp > page.RevisionTimestamp)
        {
            return false;
        }

        RemovePage(holderId, now);
        return true;
    }

    private void RemovePage(long id, string now)
    {
        SqliteValues.Bind(_markRemoved, id, now);
        _markRemoved.ExecuteNonQuery();
        _links.Delete(id);
        _search.Delete(id);
        _deleteRendered.Parameters[0].Value = id;
        _deleteRendered.ExecuteNonQuery();
    }

    private ExistingPage? FindBySource(long sourcePageId)
    {
        var select = _selectBySource;
        select.Bind(1, sourcePageId);
        if (!select.Step())
        {
            return null;
        }

        try
        {
            return new ExistingPage(
                select.GetInt64(0),
                select.GetInt64(1),
                (int)select.GetInt64(2),
                select.GetString(3),
                select.GetInt64(4) != 0,
                select.IsNull(5) ? null : select.GetInt64(5));
        }
        finally
        {
            select.Reset();
        }
    }

    private readonly record struct ExistingPage(long Id, long RevisionId, int Namespace, string Title, bool IsRemoved, long? RunId);
}
