using System.CommandLine;
using System.Globalization;
using Athenaeum.Cli.Output;
using Athenaeum.Import;
using Athenaeum.Storage;
using Athenaeum.Storage.Sqlite;
using Athenaeum.Wikitext.Titles;
using Spectre.Console;

namespace Athenaeum.Cli.Commands;

/// <summary><c>athenaeum page TITLE</c>: a stored page's metadata and wikitext.</summary>
internal static class PageCommand
{
    public static Command Create()
    {
        var title = new Argument<string>("TITLE")
        {
            Description = "The page's title with its namespace (\"Template:Infobox\"), or its Article Id (WHEBN0000054160).",
        };
        var raw = new Option<bool>("--raw")
        {
            Description = "Print only the wikitext, exactly as stored.",
        };
        var library = LibraryOption.Create();
        var command = new Command(
            "page",
            """
            Shows a stored page: Article Id, Reproduction Date, revision, categories, link counts, then its wikitext.

            Examples:
              athenaeum page "Kwame Nkrumah"
              athenaeum page Template:Infobox --raw > infobox.wiki
              athenaeum page WHEBN0000000076
            """)
        {
            title,
            raw,
            library,
        };
        command.SetAction((parse, _) => CliConsole.RunAsync(() => Task.FromResult(Run(parse.GetValue(title)!, parse.GetValue(raw), parse.GetValue(library)!))));
        return command;
    }

    private static int Run(string titleText, bool raw, string libraryPath)
    {
        using var library = SqliteLibraryProvider.Open(libraryPath, new SqliteLibraryOptions { ReadOnly = true });
        var site = library.Site.GetSite();
        if (site is null)
        {
            return CliConsole.Error($"{library.Location}: the library is empty; import a dump first.");
        }

        var configuration = SiteConfigurationFactory.Create(site);
        PageRecord? page;
        if (ArticleIdentifier.TryParse(titleText, out var sourceId))
        {
            page = library.Pages.GetPageBySourceId(sourceId);
        }
        else
        {
            var title = new TitleParser(configuration).Parse(titleText);
            if (title is null || title.IsExternal)
            {
                return CliConsole.Error($"'{titleText}' is not a valid page title of {site.DatabaseName}.");
            }

            page = library.Pages.GetPage(title.Namespace, title.Text);
        }

        if (page is null)
        {
            return CliConsole.Error($"no page '{titleText}' in {library.Location}.");
        }

        var text = library.Pages.GetText(page.Id) ?? string.Empty;
        if (raw)
        {
            Console.Out.Write(text);
            return 0;
        }

        var fullTitle = page.Namespace == 0 ? page.Title : configuration.GetNamespaceName(page.Namespace) + ":" + page.Title;
        var categories = library.Links.GetCategories(page.Id);
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string name, string value) => grid.AddRow(Markup.Escape(name), Markup.Escape(value));
        Row("Title", string.Create(CultureInfo.InvariantCulture, $"{fullTitle} (namespace {page.Namespace})"));
        Row("Article Id", page.ArticleId);
        Row("Reproduction Date", page.ReproductionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Row("Revision", string.Create(CultureInfo.InvariantCulture, $"{page.RevisionId} of {page.RevisionTimestamp:yyyy-MM-dd HH:mm} UTC by {page.Contributor ?? "(hidden)"}"));
        Row("Content model", page.ContentModel);
        if (page.RedirectTarget is { } target)
        {
            Row("Redirect to", target.Namespace == 0 ? target.Title : configuration.GetNamespaceName(target.Namespace) + ":" + target.Title);
        }

        Row("Length", string.Create(CultureInfo.InvariantCulture, $"{page.TextLength:N0} bytes, sha1 {page.TextSha1}"));
        Row("Updated", page.UpdatedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) + (page.IsRemoved ? " (removed: the last dump no longer has it)" : string.Empty));
        Row($"Categories ({categories.Count})", string.Join(", ", categories.Select(c => c.Category)));
        Row("Links", string.Create(CultureInfo.InvariantCulture, $"{library.Links.CountLinks(page.Id):N0} out, {library.Links.GetLinksHere(new LinkTarget(page.Namespace, page.Title), 10_000).Count:N0} in"));
        Row("Templates", string.Create(CultureInfo.InvariantCulture, $"{library.Links.GetTemplates(page.Id).Count:N0} used"));
        CliConsole.Out.Write(grid);
        CliConsole.Out.WriteLine();
        Console.Out.WriteLine(text);
        return 0;
    }
}
