using Athenaeum.Dump;
using Athenaeum.Storage;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Import;

/// <summary>
/// Builds the <see cref="SiteConfiguration"/> of a wiki from a dump's siteinfo (or from what a library
/// stored of it): local namespace names from the dump, English canonical names and the usual aliases
/// (<c>Image</c>, <c>Project</c>, <c>WP</c> …), the server and main page from the base URL, and
/// Wikimedia's interwiki map in the wiki's language.
/// </summary>
public static class SiteConfigurationFactory
{
    // Canonical names of namespaces that extensions register with the same number on every Wikimedia wiki.
    private static readonly Dictionary<int, string> ExtensionCanonicalNames = new()
    {
        [710] = "TimedText",
        [711] = "TimedText talk",
        [828] = "Module",
        [829] = "Module talk",
        [2300] = "Gadget",
        [2301] = "Gadget talk",
        [2302] = "Gadget definition",
        [2303] = "Gadget definition talk",
    };

    /// <summary>Builds the configuration of the wiki a dump comes from.</summary>
    /// <param name="siteInfo">The dump's siteinfo.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="siteInfo"/> is <see langword="null"/>.</exception>
    public static SiteConfiguration Create(SiteInfo siteInfo)
    {
        ArgumentNullException.ThrowIfNull(siteInfo);
        return Create(
            siteInfo.SiteName,
            siteInfo.Base,
            siteInfo.Language,
            siteInfo.Namespaces.Select(n => (n.Id, n.Name, n.Case)));
    }

    /// <summary>Builds the configuration of the wiki a library holds.</summary>
    /// <param name="site">The library's site.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="site"/> is <see langword="null"/>.</exception>
    public static SiteConfiguration Create(LibrarySite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return Create(site.SiteName, site.BaseUrl, site.Language, site.Namespaces.Select(n => (n.Id, n.Name, n.Case)));
    }

    /// <summary>Converts a dump's siteinfo into what the library stores of it.</summary>
    /// <param name="siteInfo">The dump's siteinfo.</param>
    /// <param name="sourceDumpFile">The dump's file name.</param>
    /// <param name="dumpDate">The dump's date, or <see langword="null"/>.</param>
    /// <returns>The library site.</returns>
    public static LibrarySite ToLibrarySite(SiteInfo siteInfo, string? sourceDumpFile, DateOnly? dumpDate)
    {
        ArgumentNullException.ThrowIfNull(siteInfo);
        var namespaces = siteInfo.Namespaces
            .Select(n => new LibraryNamespace(n.Id, n.Name, CanonicalName(n.Id, n.Name), n.Case))
            .OrderBy(n => n.Id)
            .ToList();
        return new LibrarySite(
            siteInfo.SiteName,
            siteInfo.DatabaseName,
            siteInfo.Language,
            siteInfo.Base,
            siteInfo.Case,
            siteInfo.Generator,
            namespaces,
            sourceDumpFile,
            dumpDate,
            siteInfo.SchemaVersion);
    }

    private static SiteConfiguration Create(string siteName, string baseUrl, string language, IEnumerable<(int Id, string Name, string Case)> namespaces)
    {
        var infos = new List<NamespaceInfo>();
        foreach (var (id, name, titleCase) in namespaces)
        {
            var canonical = CanonicalName(id, name);
            infos.Add(new NamespaceInfo(id, name, canonical, Aliases(id, siteName), !string.Equals(titleCase, "case-sensitive", StringComparison.Ordinal)));
        }

        var (server, articlePath, mainPage) = ParseBase(baseUrl);
        return new SiteConfiguration(siteName, server, language, infos, WikimediaInterwikiMap.Create(language), articlePath, mainPage: mainPage);
    }

    private static string CanonicalName(int id, string localName)
    {
        var standard = StandardNamespaces.All.FirstOrDefault(n => n.Id == id);
        if (standard is not null)
        {
            return standard.CanonicalName;
        }

        // Other namespaces (Portal, Draft …) have no number-wide canonical name; their local name stands in.
        return ExtensionCanonicalNames.TryGetValue(id, out var name) ? name : localName;
    }

    private static string[] Aliases(int id, string siteName)
    {
        // "Project" and "Project talk" are canonical names; Wikipedias also accept WP and WT.
        var wikipedia = string.Equals(siteName, "Wikipedia", StringComparison.OrdinalIgnoreCase);
        return id switch
        {
            StandardNamespaces.File => ["Image"],
            StandardNamespaces.File + 1 => ["Image talk"],
            StandardNamespaces.Project => wikipedia ? ["WP", "Wikipedia"] : [],
            StandardNamespaces.Project + 1 => wikipedia ? ["WT", "Wikipedia talk"] : [],
            _ => [],
        };
    }

    private static (string Server, string ArticlePath, string MainPage) ParseBase(string baseUrl)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri))
        {
            return ("//localhost", "/wiki/$1", "Main Page");
        }

        var server = "//" + uri.Authority;
        var path = uri.AbsolutePath;
        var wiki = path.IndexOf("/wiki/", StringComparison.Ordinal);
        if (wiki >= 0)
        {
            var main = Uri.UnescapeDataString(path[(wiki + "/wiki/".Length)..]).Replace('_', ' ');
            return (server, path[..(wiki + "/wiki/".Length)] + "$1", main.Length == 0 ? "Main Page" : main);
        }

        var query = System.Web.HttpUtility.ParseQueryString(uri.Query);
        var title = query["title"];
        return (server, "/wiki/$1", string.IsNullOrEmpty(title) ? "Main Page" : title.Replace('_', ' '));
    }
}
