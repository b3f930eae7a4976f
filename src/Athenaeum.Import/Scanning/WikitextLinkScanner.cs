using System.Buffers;
using Athenaeum.Storage;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Import.Scanning;

/// <summary>
/// A fast scan of raw wikitext for what a page links to, used at import time where the full renderer
/// would be too slow: <c>[[page]]</c> links, <c>[[Category:X|key]]</c> with <c>{{DEFAULTSORT:…}}</c>,
/// <c>[[File:…]]</c> and gallery files, and transclusions (<c>{{Template}}</c>, <c>{{:Page}}</c>,
/// <c>{{#invoke:Module|…}}</c>, <c>&lt;templatestyles src=…&gt;</c>, and <c>require</c> in Lua modules).
/// Comments, <c>&lt;nowiki&gt;</c>, <c>&lt;pre&gt;</c>, <c>&lt;includeonly&gt;</c> and the content of tags that
/// are not wikitext (math, syntaxhighlight …) are skipped; interwiki and language links, parser
/// functions and magic words are not page links. Titles are normalized with the wiki's <see cref="TitleParser"/>.
/// </summary>
/// <remarks>
/// The scan does not expand templates, so links made by templates are missing and links inside
/// unused template branches are present; the renderer replaces the tables with exact ones when it
/// renders a page (<see cref="ILinkStore.ReplaceLinks"/>). Immutable and thread-safe.
/// </remarks>
public sealed partial class WikitextLinkScanner
{
    private static readonly SearchValues<char> Openers = SearchValues.Create("[{");

    private readonly TitleParser _titles;

    /// <summary>Initializes a new instance of the <see cref="WikitextLinkScanner"/> class.</summary>
    /// <param name="titles">The wiki's title parser.</param>
    /// <exception cref="ArgumentNullException"><paramref name="titles"/> is <see langword="null"/>.</exception>
    public WikitextLinkScanner(TitleParser titles)
    {
        ArgumentNullException.ThrowIfNull(titles);
        _titles = titles;
    }

    /// <summary>Scans a page's text.</summary>
    /// <param name="text">The page's text.</param>
    /// <param name="contentModel">Its content model: "wikitext" is scanned for links, "Scribunto" for required modules, others not at all.</param>
    /// <param name="page">The page's own title, for relative links (<c>[[/Sub]]</c>); <see langword="null"/> when unknown.</param>
    /// <returns>The links, each once, in order of first appearance.</returns>
    public PageLinks Scan(string text, string contentModel = "wikitext", PageTitle? page = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(contentModel);
        var links = new ScannedLinks();
        if (string.Equals(contentModel, "Scribunto", StringComparison.Ordinal))
        {
            ScanLua(text, links);
        }
        else if (string.Equals(contentModel, "wikitext", StringComparison.Ordinal))
        {
            var markup = Preprocess(text, links);
            ScanMarkup(markup, links, page);
        }

        return links.ToPageLinks();
    }

    private void ScanMarkup(string s, ScannedLinks links, PageTitle? page)
    {
        var i = 0;
        while (i < s.Length)
        {
            var next = s.AsSpan(i).IndexOfAny(Openers);
            if (next < 0)
            {
                return;
            }

            i += next;
            var c = s[i];
            if (i + 1 >= s.Length || s[i + 1] != c)
            {
                i++;
                continue;
            }

            if (c == '[')
            {
                i = ScanLink(s, i, links, page);
                continue;
            }

            var run = 2;
            while (i + run < s.Length && s[i + run] == '{')
            {
                run++;
            }

            // Two braces open a template; three a parameter ({{{1|default}}}); longer runs are
            // templates named by parameters. Only plain templates have a name to record; the scan goes on
            // inside the others, so templates in parameter defaults are still found.
            i = run == 2 ? ScanTemplate(s, i, links) : i + run;
        }
    }
}
