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
            _search!.Delete(id);
            _deleteRendered.Parameters[0].Value = id;
            _deleteRendered.ExecuteNonQuery();
        }
        else
        {
            SqliteValues.Bind(
                _insertPage,
                page.Namespace,
                page.Title,
                page.SourcePageId,
                now,
                page.RevisionId,
                SqliteValues.FormatTime(page.RevisionTimestamp),
                SqliteValues.OrNull(page.Contributor),
                page.ContentModel,
                page.RedirectTarget?.Namespace,
                page.RedirectTarget?.Title,
                page.Text.Utf8Length,
                page.TextSha1,
                runId);
            id = (long)_insertPage.ExecuteScalar()!;
        }

        SqliteValues.Bind(_upsertText, id, (int)page.Text.Codec, page.Text.Utf8Length, page.Text.Data);
        _upsertText.ExecuteNonQuery();
        _links.Insert(id, page.Title, page.Links);
        if (page.Search is { } document)
        {
            _search!.Insert(document with { PageId = id });
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
        SqliteValues.Bind(_selectTitleHolder, page.Namespace, page.Title, page.SourcePageId);
        long holderId;
        using (var reader = _selectTitleHolder.ExecuteReader())
        {
            if (!reader.Read())
            {
                return true;
            }

            if (SqliteValues.ParseTime(reader.GetString(1)) > page.RevisionTimestamp)
            {
                return false;
            }

            holderId = reader.GetInt64(0);
        }

        RemovePage(holderId, now);
        return true;
    }

    private void RemovePage(long id, string now)
    {
        SqliteValues.Bind(_markRemoved, id, now);
        _markRemoved.ExecuteNonQuery();
        _links.Delete(id);
        _search!.Delete(id);
        _deleteRendered.Parameters[0].Value = id;
        _deleteRendered.ExecuteNonQuery();
    }

    private ExistingPage? FindBySource(long sourcePageId)
    {
        _selectBySource.Parameters[0].Value = sourcePageId;
        using var reader = _selectBySource.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new ExistingPage(
            reader.GetInt64(0),
            reader.GetInt64(1),
            reader.GetInt32(2),
            reader.GetString(3),
            reader.GetInt64(4) != 0,
            reader.IsDBNull(5) ? null : reader.GetInt64(5));
    }

    private readonly record struct ExistingPage(long Id, long RevisionId, int Namespace, string Title, bool IsRemoved, long? RunId);
}
