using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Athenaeum.Storage;
using Athenaeum.Storage.Sqlite;

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

    public static ImportRun LatestRun(string libraryPath)
    {
        using var library = SqliteLibraryProvider.Open(libraryPath, new SqliteLibraryOptions { ReadOnly = true });
        return library.ImportRuns.GetLatestRun()!;
    }
}
