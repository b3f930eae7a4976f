using Athenaeum.Wikitext.Globalization.Php;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Extensions.CoreFunctions;

/// <summary>
/// The forms of a title the page-name functions print (MediaWiki's Title getters): URL forms,
/// subpage parts and the talk and subject pages.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class TitleForms
{
    // $wgNamespacesWithSubpages of MediaWiki 1.39, plus Scribunto's Module and Module talk.
    private static readonly HashSet<int> SubpageNamespaces = [1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 15, 828, 829];

    /// <summary>Tells whether titles of a namespace have subpages ("A/b" is a subpage of "A").</summary>
    /// <param name="ns">The namespace.</param>
    /// <param name="options">The render's options (subpages in the main namespace when <see cref="ParserOptions.EnableSubpages"/>).</param>
    /// <returns>Whether "/" separates subpages.</returns>
    public static bool HasSubpages(int ns, ParserOptions options)
        => SubpageNamespaces.Contains(ns) || (ns == StandardNamespaces.Main && options.EnableSubpages) || (ns > 829 && ns % 2 == 1);

    /// <summary>getPartialURL: the title text (no namespace) in URL form.</summary>
    public static string PartialUrl(PageTitle t) => PhpUrl.WikiUrlEncode(t.DbKey);

    /// <summary>getPrefixedURL: the full title in URL form, interwiki prefix included.</summary>
    public static string PrefixedUrl(PageTitle t) => PhpUrl.WikiUrlEncode(t.ToString().Replace(' ', '_'));

    /// <summary>getSubpageText: the part after the last "/" in namespaces with subpages.</summary>
    public static string SubpageText(PageTitle t, ParserOptions options)
    {
        if (!HasSubpages(t.Namespace, options))
        {
            return t.Text;
        }

        var slash = t.Text.LastIndexOf('/');
        return slash < 0 ? t.Text : t.Text[(slash + 1)..];
    }

    /// <summary>getBaseText: the part before the last "/" in namespaces with subpages.</summary>
    public static string BaseText(PageTitle t, ParserOptions options)
    {
        if (!HasSubpages(t.Namespace, options))
        {
            return t.Text;
        }

        var slash = t.Text.LastIndexOf('/');
        return slash < 0 ? t.Text : t.Text[..slash];
    }

    /// <summary>getRootText: the first "/"-separated part (PHP strtok, so leading slashes are skipped).</summary>
    public static string RootText(PageTitle t, ParserOptions options)
    {
        if (!HasSubpages(t.Namespace, options))
        {
            return t.Text;
        }

        var first = t.Text.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return first ?? t.Text;
    }

    /// <summary>Tells whether a title can have a talk page (not Special, Media or another wiki).</summary>
    public static bool CanHaveTalkPage(PageTitle t) => t.Namespace >= StandardNamespaces.Main && !t.IsExternal;

    /// <summary>The talk page of a title.</summary>
    public static PageTitle TalkPage(PageTitle t, SiteConfiguration site)
        => Retitle(t, t.Namespace >= 0 ? t.Namespace | 1 : t.Namespace, site);

    /// <summary>The subject page of a talk page (the title itself for a subject page).</summary>
    public static PageTitle SubjectPage(PageTitle t, SiteConfiguration site)
        => Retitle(t, t.Namespace >= 0 ? t.Namespace & ~1 : t.Namespace, site);

    /// <summary>The local name of a namespace, with underscores (getNsText).</summary>
    public static string NamespaceText(int ns, SiteConfiguration site)
        => (ns == StandardNamespaces.Main ? string.Empty : site.GetNamespaceName(ns)).Replace(' ', '_');

    private static PageTitle Retitle(PageTitle t, int ns, SiteConfiguration site)
        => t with { Namespace = ns, NamespaceName = ns == StandardNamespaces.Main ? string.Empty : site.GetNamespaceName(ns), Fragment = string.Empty };
}
