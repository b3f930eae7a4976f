using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Athenaeum.Storage;
using Athenaeum.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Athenaeum.Cli.Tests;

/// <summary>One hash per page (title, revision, text, links, categories, transclusions, files), by source page id.</summary>
internal static class LibraryFingerprint
{
    public static Dictionary<long, string> Compute(string libraryPath)
    {
        using var library = SqliteLibraryProvider.Open(libraryPath, new SqliteLibraryOptions { ReadOnly = true });
        var result = new Dictionary<long, string>();
        long after = 0;
        while (true)
        {
            var pages = library.Pages.ReadPagesAfter(after, 500);
            if (pages.Count == 0)
            {
                return result;
            }

            foreach (var page in pages)
            {
                var text = new StringBuilder()
                    .Append(CultureInfo.InvariantCulture, $"{page.Namespace}:{page.Title}|{page.RevisionId}|{page.RevisionTimestamp:O}|{page.TextSha1}|{page.RedirectTarget}\n")
                    .Append(library.Pages.GetText(page.Id)).Append('\n')
                    .AppendJoin('|', library.Links.GetLinks(page.Id)).Append('\n')
                    .AppendJoin('|', library.Links.GetCategories(page.Id)).Append('\n')
                    .AppendJoin('|', library.Links.GetTemplates(page.Id)).Append('\n')
                    .AppendJoin('|', library.Links.GetImages(page.Id));
                Assert.True(result.TryAdd(page.SourcePageId, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))), "page stored twice: " + page.SourcePageId);
                after = page.Id;
            }
        }
    }

    /// <summary>
    /// One hash per search-index entry (title, folded title, redirect, revision, stored plain text, trigrams), by source
    /// page id, plus entries named "#..." for the counts of both full-text indexes' documents and the pages a few words find.
    /// </summary>
    public static Dictionary<string, string> ComputeSearch(string libraryPath)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = libraryPath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT p.source_page_id, s.revision_id, s.namespace, s.title, s.norm_title, coalesce(s.redirect_title, '<none>'), "
                + "coalesce(hex(t.data), '<none>'), (SELECT group_concat(trigram, ',') FROM (SELECT trigram FROM search_trigram g WHERE g.page_id = s.page_id ORDER BY trigram)) "
                + "FROM search_page s JOIN page p ON p.id = s.page_id LEFT JOIN search_text t ON t.page_id = s.page_id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var row = string.Join('|', Enumerable.Range(1, reader.FieldCount - 1).Select(i => reader.IsDBNull(i) ? "<null>" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)));
                Assert.True(result.TryAdd(reader.GetInt64(0).ToString(CultureInfo.InvariantCulture), row), "page indexed twice: " + reader.GetInt64(0));
            }
        }

        foreach (var table in new[] { "search_fts_docsize", "search_title_fts_docsize" })
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM " + table;
            result["#" + table] = Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture)!;
        }

        foreach (var word in new[] { "Ghana", "Accra", "the", "football" })
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT group_concat(source_page_id, ',') FROM (SELECT p.source_page_id FROM search_fts f JOIN page p ON p.id = f.rowid WHERE search_fts MATCH $w ORDER BY 1)";
            command.Parameters.AddWithValue("$w", word);
            result["#" + word] = Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? string.Empty;
        }

        return result;
    }

    public static ImportRun LatestRun(string libraryPath)
    {
        using var library = SqliteLibraryProvider.Open(libraryPath, new SqliteLibraryOptions { ReadOnly = true });
        return library.ImportRuns.GetLatestRun()!;
    }
}
