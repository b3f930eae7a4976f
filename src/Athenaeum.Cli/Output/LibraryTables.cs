using System.Globalization;
using Athenaeum.Storage;
using Athenaeum.Wikitext.Site;
using Spectre.Console;

namespace Athenaeum.Cli.Output;

/// <summary>Prints a library's counts: pages per namespace and the link tables.</summary>
internal static class LibraryTables
{
    public static void Print(IAnsiConsole console, LibraryStatistics stats, LibrarySite? site)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("namespace")
            .AddColumn(new TableColumn("pages").RightAligned())
            .AddColumn(new TableColumn("redirects").RightAligned());
        foreach (var ns in stats.PagesPerNamespace)
        {
            table.AddRow(Markup.Escape(NamespaceLabel(ns.Namespace, site)), N(ns.Pages), N(ns.Redirects));
        }

        table.AddRow("[bold]total[/]", "[bold]" + N(stats.Pages) + "[/]", "[bold]" + N(stats.Redirects) + "[/]");
        console.Write(table);
        long Count(int id) => stats.PagesPerNamespace.FirstOrDefault(n => n.Namespace == id).Pages;
        CliConsole.Line(string.Create(
            CultureInfo.InvariantCulture,
            $"  redirects {stats.Redirects:N0} · templates {Count(StandardNamespaces.Template):N0} · modules {Count(StandardNamespaces.Module):N0} · category pages {Count(StandardNamespaces.Category):N0} · removed {stats.RemovedPages:N0}"));
        CliConsole.Line(string.Create(
            CultureInfo.InvariantCulture,
            $"  categories used {stats.Categories:N0} ({stats.CategoryLinks:N0} memberships) · links {stats.PageLinks:N0} · transclusions {stats.TemplateLinks:N0} · file uses {stats.ImageLinks:N0}"));
        CliConsole.Line(string.Create(CultureInfo.InvariantCulture, $"  size on disk {stats.SizeOnDisk / 1e6:N1} MB"));
    }

    private static string NamespaceLabel(int id, LibrarySite? site)
    {
        var name = site?.Namespaces.FirstOrDefault(n => n.Id == id)?.Name
            ?? StandardNamespaces.All.FirstOrDefault(n => n.Id == id)?.Name
            ?? string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{id,4} {(name.Length == 0 ? "(main)" : name)}");
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
