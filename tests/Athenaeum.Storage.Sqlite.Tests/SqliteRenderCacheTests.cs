namespace Athenaeum.Storage.Sqlite.Tests;

public sealed class SqliteRenderCacheTests
{
    private static readonly DateTimeOffset RenderedAt = new(2025, 2, 3, 4, 5, 6, TimeSpan.Zero);

    [Fact]
    public void Put_ThenGet_RoundTripsHtml()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using (var writer = library.Provider.OpenWriter())
        {
            TestPages.WriteRun(writer, TestPages.Make(1, "Page"));
        }

        var page = library.Provider.Pages.GetPage(0, "Page")!;
        var rendering = new RenderedRevision(page.Id, page.RevisionId, "r1", "<p>Hello – world</p>", RenderedAt, "{\"toc\":[]}");

        // Act
        library.Provider.RenderCache.Put(rendering);
        var stored = library.Provider.RenderCache.Get(page.Id);

        // Assert
        Assert.Equal(rendering, stored);
    }

    [Fact]
    public void WritePage_NewRevision_DropsTheRendering()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using var writer = library.Provider.OpenWriter();
        TestPages.WriteRun(writer, TestPages.Make(1, "Page"));
        var page = library.Provider.Pages.GetPage(0, "Page")!;
        library.Provider.RenderCache.Put(new RenderedRevision(page.Id, 1, "r1", "<p>old</p>", RenderedAt));

        // Act
        TestPages.WriteRun(writer, TestPages.Make(1, "Page", revision: 2));

        // Assert
        Assert.Null(library.Provider.RenderCache.Get(page.Id));
    }

    [Fact]
    public void RemoveOtherVersions_OldRendererVersion_IsDropped()
    {
        // Arrange
        using var library = new TemporaryLibrary();
        using (var writer = library.Provider.OpenWriter())
        {
            TestPages.WriteRun(writer, TestPages.Make(1, "A"), TestPages.Make(2, "B"));
        }

        var a = library.Provider.Pages.GetPage(0, "A")!;
        var b = library.Provider.Pages.GetPage(0, "B")!;
        library.Provider.RenderCache.Put(new RenderedRevision(a.Id, 1, "r1", "a", RenderedAt));
        library.Provider.RenderCache.Put(new RenderedRevision(b.Id, 1, "r2", "b", RenderedAt));

        // Act
        var dropped = library.Provider.RenderCache.RemoveOtherVersions("r2");

        // Assert
        Assert.Equal(1, dropped);
        Assert.Null(library.Provider.RenderCache.Get(a.Id));
        Assert.NotNull(library.Provider.RenderCache.Get(b.Id));
    }
}
