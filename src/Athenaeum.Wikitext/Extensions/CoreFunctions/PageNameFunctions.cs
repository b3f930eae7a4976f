using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Globalization.Php;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Extensions.CoreFunctions;

/// <summary>
/// The page-name words, each both a variable (<c>{{PAGENAME}}</c>, the current page) and a function
/// (<c>{{PAGENAME:Foo/bar}}</c>): PAGENAME, FULLPAGENAME, BASEPAGENAME, ROOTPAGENAME, SUBPAGENAME,
/// TALKPAGENAME, SUBJECTPAGENAME (ARTICLEPAGENAME), their …E URL forms, NAMESPACE(E),
/// NAMESPACENUMBER, TALKSPACE(E) and SUBJECTSPACE(E) (ARTICLESPACE(E)). Page names are escaped with
/// wfEscapeWikiText so that they show literally.
/// </summary>
internal static class PageNameFunctions
{
    public static void Register(CoreRegistry r)
    {
        Add(r, ["PAGENAME"], (h, t) => Escape(h, t.Text));
        Add(r, ["PAGENAMEE"], (h, t) => Escape(h, TitleForms.PartialUrl(t)));
        Add(r, ["FULLPAGENAME"], (h, t, f) => TitleForms.CanHaveTalkPage(t) || !f ? Escape(h, t.ToString()) : string.Empty);
        Add(r, ["FULLPAGENAMEE"], (h, t, f) => TitleForms.CanHaveTalkPage(t) || !f ? Escape(h, TitleForms.PrefixedUrl(t)) : string.Empty);
        Add(r, ["SUBPAGENAME"], (h, t) => Escape(h, TitleForms.SubpageText(t, h.Context.Options)));
        Add(r, ["SUBPAGENAMEE"], (h, t) => Escape(h, PhpUrl.WikiUrlEncode(TitleForms.SubpageText(t, h.Context.Options).Replace(' ', '_'))));
        Add(r, ["ROOTPAGENAME"], (h, t) => Escape(h, TitleForms.RootText(t, h.Context.Options)));
        Add(r, ["ROOTPAGENAMEE"], (h, t) => Escape(h, PhpUrl.WikiUrlEncode(TitleForms.RootText(t, h.Context.Options).Replace(' ', '_'))));
        Add(r, ["BASEPAGENAME"], (h, t) => Escape(h, TitleForms.BaseText(t, h.Context.Options)));
        Add(r, ["BASEPAGENAMEE"], (h, t) => Escape(h, PhpUrl.WikiUrlEncode(TitleForms.BaseText(t, h.Context.Options).Replace(' ', '_'))));
        Add(r, ["TALKPAGENAME"], (h, t) => TitleForms.CanHaveTalkPage(t) ? Escape(h, TitleForms.TalkPage(t, h.Context.Site).PrefixedText) : string.Empty);
        Add(r, ["TALKPAGENAMEE"], (h, t) => TitleForms.CanHaveTalkPage(t) ? Escape(h, TitleForms.PrefixedUrl(TitleForms.TalkPage(t, h.Context.Site))) : string.Empty);
        Add(r, ["SUBJECTPAGENAME", "ARTICLEPAGENAME"], (h, t) => Escape(h, TitleForms.SubjectPage(t, h.Context.Site).ToString()));
        Add(r, ["SUBJECTPAGENAMEE", "ARTICLEPAGENAMEE"], (h, t) => Escape(h, TitleForms.PrefixedUrl(TitleForms.SubjectPage(t, h.Context.Site))));
        Add(r, ["NAMESPACE"], (h, t) => TitleForms.NamespaceText(t.Namespace, h.Context.Site).Replace('_', ' '));
        Add(r, ["NAMESPACEE"], (h, t) => PhpUrl.WikiUrlEncode(TitleForms.NamespaceText(t.Namespace, h.Context.Site)));
        Add(r, ["NAMESPACENUMBER"], (h, t) => t.Namespace.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(r, ["TALKSPACE"], (h, t) => TitleForms.CanHaveTalkPage(t) ? TitleForms.NamespaceText(TitleForms.TalkPage(t, h.Context.Site).Namespace, h.Context.Site).Replace('_', ' ') : string.Empty);
        Add(r, ["TALKSPACEE"], (h, t) => TitleForms.CanHaveTalkPage(t) ? PhpUrl.WikiUrlEncode(TitleForms.NamespaceText(TitleForms.TalkPage(t, h.Context.Site).Namespace, h.Context.Site)) : string.Empty);
        Add(r, ["SUBJECTSPACE", "ARTICLESPACE"], (h, t) => TitleForms.NamespaceText(TitleForms.SubjectPage(t, h.Context.Site).Namespace, h.Context.Site).Replace('_', ' '));
        Add(r, ["SUBJECTSPACEE", "ARTICLESPACEE"], (h, t) => PhpUrl.WikiUrlEncode(TitleForms.NamespaceText(TitleForms.SubjectPage(t, h.Context.Site).Namespace, h.Context.Site)));
    }

    private static void Add(CoreRegistry r, string[] names, Func<IParserFunctionHost, PageTitle, string> value)
        => Add(r, names, (h, t, _) => value(h, t));

    // The value gets whether it was called as a function (FULLPAGENAME checks canHaveTalkPage only then).
    private static void Add(CoreRegistry r, string[] names, Func<IParserFunctionHost, PageTitle, bool, string> value)
    {
        r.Variable(names, h => value(h, h.Context.Title, false));
        r.CaseSensitiveFunction(names, (h, a) =>
        {
            var title = h.Context.Titles.Parse(FunctionArguments.Trimmed(a, 0));
            return title is null ? string.Empty : value(h, title, true);
        });
    }

    private static string Escape(IParserFunctionHost host, string text) => WikitextEscaper.Escape(text, host.Context.Options.EnableMagicLinks);
}
