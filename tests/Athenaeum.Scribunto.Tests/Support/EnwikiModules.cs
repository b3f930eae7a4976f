using System.Text.Json;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Scribunto.Tests.Support;

/// <summary>
/// Loads corpus/enwiki-modules (English Wikipedia's citation templates and Lua modules) into an
/// in-memory wiki, with the content models page-exchange-to-xml.py gives them for the oracle.
/// </summary>
internal static class EnwikiModules
{
    private static readonly Dictionary<string, int> Namespaces = new(StringComparer.Ordinal)
    {
        ["NS_MAIN"] = 0,
        ["NS_USER"] = 2,
        ["NS_PROJECT"] = 4,
        ["NS_FILE"] = 6,
        ["NS_MEDIAWIKI"] = 8,
        ["NS_TEMPLATE"] = 10,
        ["NS_HELP"] = 12,
        ["NS_CATEGORY"] = 14,
        ["NS_MODULE"] = 828,
    };

    private static readonly Lazy<List<(int Ns, string Name, string Text)>> Pages = new(Read);

    /// <summary>Adds every page of the package to the wiki.</summary>
    /// <param name="pages">The wiki.</param>
    /// <param name="titles">The title parser of the wiki.</param>
    /// <returns>How many pages were added.</returns>
    public static int AddTo(MemoryPageSource pages, TitleParser titles)
    {
        var n = 0;
        foreach (var (ns, name, text) in Pages.Value)
        {
            var title = titles.MakeTitle(ns, name) ?? throw new InvalidOperationException("bad title " + name);
            PageTitle? redirect = null;
            if (text.TrimStart().StartsWith("#REDIRECT", StringComparison.OrdinalIgnoreCase))
            {
                var open = text.IndexOf("[[", StringComparison.Ordinal);
                var close = text.IndexOf("]]", open + 2, StringComparison.Ordinal);
                redirect = titles.Parse(text[(open + 2)..close]);
            }

            pages.Add(title, text, ModelOf(ns, name), redirect);
            n++;
        }

        return n;
    }

    private static string ModelOf(int ns, string name)
    {
        if (ns == 828)
        {
            return name.EndsWith(".css", StringComparison.Ordinal) ? "sanitized-css" : name.EndsWith("/doc", StringComparison.Ordinal) ? "wikitext" : "Scribunto";
        }

        if (ns == 8)
        {
            return name.EndsWith(".json", StringComparison.Ordinal) ? "json" : name.EndsWith(".css", StringComparison.Ordinal) ? "css" : name.EndsWith(".js", StringComparison.Ordinal) ? "javascript" : "wikitext";
        }

        return name.EndsWith(".css", StringComparison.Ordinal) ? "sanitized-css" : "wikitext";
    }

    private static List<(int, string, string)> Read()
    {
        var dir = CorpusPaths.Get("enwiki-modules");
        using var spec = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "page-exchange.json")));
        var result = new List<(int, string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var package in spec.RootElement.GetProperty("packages").EnumerateObject())
        {
            foreach (var page in package.Value.GetProperty("pages").EnumerateArray())
            {
                var ns = Namespaces[page.GetProperty("namespace").GetString()!];
                var name = page.GetProperty("name").GetString()!;
                if (!seen.Add(ns + ":" + name))
                {
                    continue;
                }

                var url = page.GetProperty("url").GetString()!;
                var rel = Uri.UnescapeDataString(url[(url.LastIndexOf('/') + 1)..]);
                var path = Path.Combine([dir, .. rel.Split('/')]);
                result.Add((ns, name, File.ReadAllText(path)));
            }
        }

        return result;
    }
}
