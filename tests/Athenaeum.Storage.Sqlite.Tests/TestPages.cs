namespace Athenaeum.Storage.Sqlite.Tests;

/// <summary>Builds pages to write.</summary>
internal static class TestPages
{
    public static readonly DateTimeOffset Timestamp = new(2024, 9, 1, 12, 0, 0, TimeSpan.Zero);

    public static PageWrite Make(
        long sourceId,
        string title,
        long revision = 1,
        int ns = 0,
        string text = "Some text",
        PageLinks? links = null,
        LinkTarget? redirect = null,
        DateTimeOffset? timestamp = null)
    {
        var compressed = new TextCompressor().Compress(text);
        return new PageWrite(
            ns,
            title,
            sourceId,
            revision,
            timestamp ?? Timestamp.AddDays(revision),
            "Editor",
            ns == 828 ? "Scribunto" : "wikitext",
            redirect,
            "sha" + revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
            compressed,
            links ?? PageLinks.Empty);
    }

    public static LibrarySite Site(string dbName = "testwiki") => new(
        "Test Wiki",
        dbName,
        "en",
        "https://test.example.org/wiki/Main_Page",
        "first-letter",
        "MediaWiki 1.39.0",
        [new LibraryNamespace(0, "", "", "first-letter"), new LibraryNamespace(10, "Template", "Template", "first-letter")],
        "testwiki-20240920-pages-articles.xml",
        new DateOnly(2024, 9, 20),
        "0.11");

    /// <summary>Writes pages in one batch of a new run and returns the outcomes.</summary>
    public static List<PageWriteOutcome> WriteRun(ILibraryWriter writer, params PageWrite[] pages)
    {
        var run = writer.StartRun("test.xml", 1, null);
        var outcomes = WriteInRun(writer, run.Id, pages);
        return outcomes;
    }

    public static List<PageWriteOutcome> WriteInRun(ILibraryWriter writer, long runId, params PageWrite[] pages)
    {
        writer.BeginBatch();
        var outcomes = pages.Select(p => writer.WritePage(runId, p)).ToList();
        writer.CommitBatch(runId, ImportRunProgress.Empty);
        return outcomes;
    }
}
