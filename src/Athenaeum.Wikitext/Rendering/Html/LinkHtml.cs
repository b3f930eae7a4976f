using System.Text;
using Athenaeum.Wikitext.Sanitization;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Rendering.Html;

/// <summary>
/// URLs of titles and the <c>&lt;a&gt;</c> elements of internal links, as MediaWiki's Title and
/// LinkRenderer make them: <c>/wiki/Foo#bar</c> for pages, <c>/index.php?title=Foo&amp;action=edit&amp;redlink=1</c>
/// with <c>class="new"</c> for missing ones, the interwiki map's URL with <c>class="extiw"</c>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class LinkHtml
{
    private readonly SiteConfiguration _site;
    private readonly FragmentMode _fragmentMode;

    public LinkHtml(SiteConfiguration site, ParserOptions options)
    {
        _site = site;
        _fragmentMode = options.FragmentModes.Count > 0 ? options.FragmentModes[0] : FragmentMode.Html5;
    }

    /// <summary>Gets the path of the action script ("/index.php").</summary>
    public string Script => _site.ScriptPath + "/index.php";

    /// <summary>The local URL of a page, with its fragment ("/wiki/Foo_bar#Baz", or "#Baz" alone).</summary>
    public string Url(PageTitle title)
    {
        if (title.IsExternal)
        {
            var path = title.NamespaceName.Length > 0 ? title.NamespaceName + ":" + title.DbKey : title.DbKey;
            var url = _site.Interwiki.TryGetValue(title.Interwiki, out var iw)
                ? iw.UrlPattern.Replace("$1", UrlEncoding.WfUrlencode(path), StringComparison.Ordinal)
                : string.Empty;

            // Other wikis get legacy-encoded fragments ($wgExternalInterwikiFragmentMode), local ones this
            // wiki's encoding (Title::getFragmentForURL); the full URL is normalized as wfExpandUrl does.
            var encoded = iw is { IsLocal: true } ? Sanitizer.EscapeIdForLink(title.Fragment, _fragmentMode) : Sanitizer.EscapeIdForExternalInterwiki(title.Fragment);
            return ExpandUrl(title.Fragment.Length > 0 ? url + "#" + encoded : url);
        }

        var fragment = title.Fragment.Length > 0 ? "#" + Sanitizer.EscapeIdForLink(title.Fragment, _fragmentMode) : string.Empty;
        if (title.Text.Length == 0)
        {
            return fragment;
        }

        return _site.ArticlePath.Replace("$1", UrlEncoding.WfUrlencode(title.PrefixedDbKey), StringComparison.Ordinal) + fragment;
    }

    /// <summary>
    /// Normalizes an absolute URL as MediaWiki's wfExpandUrl does when the URL has a path: dot segments
    /// of the path are removed and an empty query ("…?") is dropped.
    /// </summary>
    /// <param name="url">The URL.</param>
    /// <returns>The normalized URL.</returns>
    public static string ExpandUrl(string url)
    {
        var schemeEnd = url.IndexOf("//", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return url;
        }

        var pathStart = url.IndexOf('/', schemeEnd + 2);
        if (pathStart < 0)
        {
            return url;
        }

        var hash = url.IndexOf('#', pathStart);
        var fragment = hash >= 0 ? url[hash..] : string.Empty;
        var beforeFragment = hash >= 0 ? url[..hash] : url;
        var question = beforeFragment.IndexOf('?', pathStart);
        var query = question >= 0 ? beforeFragment[(question + 1)..] : string.Empty;
        var path = question >= 0 ? beforeFragment[pathStart..question] : beforeFragment[pathStart..];
        return url[..pathStart] + RemoveDotSegments(path) + (query.Length > 0 ? "?" + query : string.Empty) + fragment;
    }

    // RFC 3986 §5.2.4, as MediaWiki's UrlUtils::removeDotSegments.
    private static string RemoveDotSegments(string path)
    {
        if (!path.Contains("/.", StringComparison.Ordinal))
        {
            return path;
        }

        var output = new List<string>();
        var segments = path.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            var segment = segments[i];
            var last = i == segments.Length - 1;
            if (segment == ".")
            {
                if (last)
                {
                    output.Add(string.Empty);
                }
            }
            else if (segment == "..")
            {
                if (output.Count > 0)
                {
                    output.RemoveAt(output.Count - 1);
                }

                if (last)
                {
                    output.Add(string.Empty);
                }
            }
            else
            {
                output.Add(segment);
            }
        }

        return "/" + string.Join('/', output);
    }

    /// <summary>The URL of a page with a query ("/index.php?title=Foo&amp;action=edit"), unescaped.</summary>
    public string Url(PageTitle title, string query)
        => Script + "?title=" + UrlEncoding.WfUrlencode(title.PrefixedDbKey) + "&" + query;

    /// <summary>A link to a page known to exist (or always known: special pages, interwikis, fragments).</summary>
    /// <param name="title">The target.</param>
    /// <param name="html">The link text, as HTML.</param>
    /// <param name="cssClass">Extra classes ("mw-redirect"), or "".</param>
    /// <returns>The <c>&lt;a&gt;</c> element.</returns>
    public string Known(PageTitle title, string html, string cssClass = "")
    {
        var classes = title.IsExternal ? (cssClass.Length > 0 ? "extiw " + cssClass : "extiw") : cssClass;
        var sb = new StringBuilder("<a");
        sb.AppendAttribute("href", Url(title));
        if (classes.Length > 0)
        {
            sb.AppendAttribute("class", classes);
        }

        var prefixed = title.ToString();
        if (prefixed.Length > 0)
        {
            sb.AppendAttribute("title", prefixed);
        }

        return sb.Append('>').Append(html).Append("</a>").ToString();
    }

    /// <summary>A red link to a missing page: its edit URL, <c>class="new"</c>, "(page does not exist)".</summary>
    /// <param name="title">The target; its fragment is dropped.</param>
    /// <param name="html">The link text, as HTML.</param>
    /// <returns>The <c>&lt;a&gt;</c> element.</returns>
    public string Broken(PageTitle title, string html)
    {
        title = title.WithoutFragment;
        var url = title.Namespace == StandardNamespaces.Special ? Url(title) : Url(title, "action=edit&redlink=1");
        var sb = new StringBuilder("<a");
        sb.AppendAttribute("href", url).AppendAttribute("class", "new");
        var prefixed = title.ToString();
        if (prefixed.Length > 0)
        {
            sb.AppendAttribute("title", InterfaceMessages.Get(_site.LanguageCode, "red-link-title", prefixed));
        }

        return sb.Append('>').Append(html).Append("</a>").ToString();
    }

    /// <summary>A link to the page itself: no href, <c>class="mw-selflink selflink"</c>.</summary>
    public static string Self(string html) => "<a class=\"mw-selflink selflink\">" + html + "</a>";
}
