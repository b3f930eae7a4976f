using Athenaeum.Dump;

namespace Athenaeum.Import.Tests;

/// <summary>Reads whole dumps into memory for tests that build modified copies.</summary>
internal static class DumpPages
{
    public static async Task<(SiteInfo Site, List<DumpPage> Pages)> ReadAllAsync(string path)
    {
        await using var reader = await DumpReader.OpenAsync(path);
        var pages = new List<DumpPage>();
        await foreach (var page in reader.ReadPagesAsync())
        {
            pages.Add(page);
        }

        return (reader.SiteInfo, pages);
    }

    /// <summary>A page with one new revision of the given text.</summary>
    public static DumpPage WithNewRevision(DumpPage page, string text, DateTimeOffset timestamp)
    {
        var revision = page.LatestRevision!;
        var newer = revision with { Id = revision.Id + 10_000_000, ParentId = revision.Id, Timestamp = timestamp, Text = text, Sha1 = null, Bytes = null };
        return page with { Revisions = [newer] };
    }
}
