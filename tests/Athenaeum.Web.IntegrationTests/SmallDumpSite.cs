using System.Globalization;
using System.Security;
using System.Text;
using Athenaeum.Import;
using Athenaeum.Storage.Sqlite;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Athenaeum.Web.IntegrationTests;

/// <summary>
/// A small dump written by a test, imported by the real importer into a temporary SQLite library, and the
/// site served over it by <see cref="WebApplicationFactory{TEntryPoint}"/> (search index as the import left
/// it). For test classes that need a wiki of their own rather than the demo of <see cref="LibraryFixture"/>.
/// </summary>
internal sealed class SmallDumpSite : IAsyncDisposable
{
    private readonly TemporaryDirectory _directory;

    private SmallDumpSite(TemporaryDirectory directory, WebApplicationFactory<Program> factory)
    {
        _directory = directory;
        Factory = factory;
    }

    /// <summary>Gets the site.</summary>
    public WebApplicationFactory<Program> Factory { get; }

    /// <summary>Writes <paramref name="xml"/> as <paramref name="dumpName"/>, imports it and starts the site over the library.</summary>
    /// <param name="dumpName">The dump's file name (the importer reads the wiki's name and date from it).</param>
    /// <param name="xml">The dump (see <see cref="Dump"/>).</param>
    /// <returns>The site.</returns>
    public static async Task<SmallDumpSite> CreateAsync(string dumpName, string xml)
    {
        var directory = new TemporaryDirectory();
        var dump = directory.File(dumpName);
        await File.WriteAllTextAsync(dump, xml);
        using (var library = SqliteLibraryProvider.Open(directory.File("library.db")))
        {
            await new DumpImporter(library, new ImportOptions()).ImportAsync(dump);
        }

        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Athenaeum:Library", directory.File("library.db"));
            builder.UseSetting("Athenaeum:DataDirectory", directory.Root);
            builder.UseSetting("Athenaeum:SynchronizeSearchOnStart", "false");
        });
        return new SmallDumpSite(directory, factory);
    }

    /// <summary>A MediaWiki 0.11 export of an English wiki with the given pages (one revision each).</summary>
    /// <param name="pages">Title, namespace number and wikitext of each page.</param>
    /// <returns>The XML.</returns>
    public static string Dump(params (string Title, int Namespace, string Text)[] pages)
    {
        var sb = new StringBuilder("<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" version=\"0.11\" xml:lang=\"en\">\n<siteinfo><sitename>Trackwiki</sitename><dbname>trackwiki</dbname>"
            + "<base>https://track.example.invalid/wiki/Main_Page</base><generator>MediaWiki 1.39.17</generator><case>first-letter</case><namespaces>"
            + "<namespace key=\"0\" case=\"first-letter\" /><namespace key=\"6\" case=\"first-letter\">File</namespace><namespace key=\"8\" case=\"first-letter\">MediaWiki</namespace>"
            + "<namespace key=\"10\" case=\"first-letter\">Template</namespace><namespace key=\"14\" case=\"first-letter\">Category</namespace>"
            + "<namespace key=\"828\" case=\"first-letter\">Module</namespace></namespaces></siteinfo>\n");
        var id = 1;
        foreach (var (title, ns, text) in pages)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<page><title>{SecurityElement.Escape(title)}</title><ns>{ns}</ns><id>{id}</id><revision><id>{100 + id}</id>")
                .Append("<timestamp>2026-03-01T00:00:00Z</timestamp><contributor><username>Tester</username><id>1</id></contributor>")
                .Append("<model>wikitext</model><format>text/x-wiki</format><text xml:space=\"preserve\">")
                .Append(SecurityElement.Escape(text))
                .Append("</text></revision></page>\n");
            id++;
        }

        return sb.Append("</mediawiki>\n").ToString();
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
