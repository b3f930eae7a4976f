using System.Net;
using Athenaeum.Storage;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Import.Scanning;

/// <content>Transclusions, parser functions, magic words and DEFAULTSORT.</content>
public sealed partial class WikitextLinkScanner
{
    /// <summary>Scans a transclusion starting at <c>{{</c>; returns where to continue (inside its arguments).</summary>
    private int ScanTemplate(string s, int open, ScannedLinks links)
    {
        var start = open + 2;
        var j = start;
        while (j < s.Length && s[j] is not ('|' or '{' or '}' or '[' or ']' or '<' or '>'))
        {
            j++;
        }

        if (j >= s.Length)
        {
            return s.Length;
        }

        if (s[j] == '|' || (s[j] == '}' && j + 1 < s.Length && s[j + 1] == '}'))
        {
            HandleTemplateName(s[start..j], links, depth: 0);
            return j;
        }

        // A name built from templates or parameters ({{ {{{type}}} box }}): nothing to record.
        return start;
    }

    private void HandleTemplateName(string raw, ScannedLinks links, int depth)
    {
        var name = raw.Trim();
        if (name.Length == 0 || depth > 3)
        {
            return;
        }

        var colon = name.IndexOf(':', StringComparison.Ordinal);
        if (name[0] == '#')
        {
            if (colon > 0 && name.AsSpan(1, colon - 1).Trim().Equals("invoke", StringComparison.OrdinalIgnoreCase))
            {
                var module = _titles.MakeTitle(StandardNamespaces.Module, name[(colon + 1)..]);
                if (module is not null)
                {
                    links.AddTemplate(new LinkTarget(module.Namespace, module.Text));
                }
            }

            return;
        }

        if (colon > 0)
        {
            var prefix = name[..colon].Trim();
            var rest = name[(colon + 1)..];
            if (MagicWords.TransclusionModifiers.Contains(prefix))
            {
                HandleTemplateName(rest, links, depth + 1);
                return;
            }

            if (MagicWords.DefaultSort.Contains(prefix))
            {
                var key = rest.Trim();
                links.DefaultSort = key.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(key) : key;
                return;
            }

            if (MagicWords.ColonFunctions.Contains(prefix))
            {
                return;
            }
        }
        else if (MagicWords.Variables.Contains(name))
        {
            return;
        }

        var title = _titles.Parse(name, StandardNamespaces.Template);
        if (title is null || title.IsExternal || title.Text.Length == 0 || title.Namespace < 0)
        {
            return;
        }

        links.AddTemplate(new LinkTarget(title.Namespace, title.Text));
    }
}
