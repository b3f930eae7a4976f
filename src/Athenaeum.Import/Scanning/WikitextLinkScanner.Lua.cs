using System.Text.RegularExpressions;
using Athenaeum.Storage;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Import.Scanning;

/// <content>Lua modules: the modules they load, which MediaWiki records as transclusions.</content>
public sealed partial class WikitextLinkScanner
{
    private void ScanLua(string source, ScannedLinks links)
    {
        try
        {
            ScanLuaMatches(source, links);
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological module keeps the dependencies found so far; the renderer records exact ones.
        }
    }

    private void ScanLuaMatches(string source, ScannedLinks links)
    {
        foreach (Match match in LuaLoadPattern().Matches(source))
        {
            var title = _titles.Parse(match.Groups["name"].Value);
            if (title is { IsExternal: false } && title.Text.Length > 0
                && (title.Namespace == StandardNamespaces.Module || match.Groups["fn"].Value.EndsWith("JsonData", StringComparison.Ordinal)))
            {
                links.AddTemplate(new LinkTarget(title.Namespace, title.Text));
            }
        }
    }

    // require('Module:X'), require "Module:X", mw.loadData('Module:X'), mw.loadJsonData('Page.json')
    [GeneratedRegex("""(?<fn>\brequire|\bmw\.loadData|\bmw\.loadJsonData)\s*\(?\s*(?<q>["'])(?<name>[^"'\r\n]{1,255})\k<q>""", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex LuaLoadPattern();
}
