using Athenaeum.Import.Indexing;
using Athenaeum.Storage.Sqlite;

namespace Athenaeum.Import.Tests;

public sealed class ImportSearchTextTests
{
    [Fact]
    public async Task ImportAsync_Articles_StoreTheirPlainTextAsTheWorkersCompressedIt()
    {
        // Arrange
        using var directory = new TemporaryDirectory();
        using var library = SqliteLibraryProvider.Open(directory.File("library.db"));

        // Act
        await new DumpImporter(library).ImportAsync(CorpusPaths.Get("dumps/tinywiki.xml"));

        // Assert: every stored text is the stripper's plain text of the page's wikitext.
        var builder = new SearchDocumentBuilder(SiteConfigurationFactory.Create(library.Site.GetSite()!));
        var articles = library.Pages.ReadPagesAfter(0, 1000).Where(p => p.Namespace == 0 && !p.IsRedirect && !p.IsRemoved).ToList();
        Assert.NotEmpty(articles);
        var texts = library.Search.GetPlainTexts(articles.Select(a => a.Id).ToList());
        Assert.Equal(articles.Count, texts.Count);
        foreach (var article in articles)
        {
            var expected = builder.Stripper.Strip(library.Pages.GetText(article.Id) ?? string.Empty);
            using var reader = texts[article.Id].OpenReader();
            Assert.Equal(expected, reader.ReadToEnd());
        }
    }
}
