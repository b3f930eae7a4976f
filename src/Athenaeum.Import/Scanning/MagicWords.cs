using System.Collections.Frozen;

namespace Athenaeum.Import.Scanning;

/// <summary>
/// MediaWiki 1.39's magic words as they appear in <c>{{…}}</c>: variables (<c>{{PAGENAME}}</c>,
/// case-sensitive), functions written with a colon (<c>{{lc:…}}</c>, <c>{{DEFAULTSORT:…}}</c>), and the
/// transclusion modifiers (<c>subst:</c>, <c>msgnw:</c> …). None of them is a template.
/// </summary>
internal static class MagicWords
{
    /// <summary>Variables: <c>{{NAME}}</c> without arguments. Case-sensitive, as in MediaWiki.</summary>
    public static readonly FrozenSet<string> Variables = FrozenSet.ToFrozenSet(
    [
        "CURRENTMONTH", "CURRENTMONTH1", "CURRENTMONTHNAME", "CURRENTMONTHNAMEGEN", "CURRENTMONTHABBREV", "CURRENTDAY", "CURRENTDAY2",
        "CURRENTDAYNAME", "CURRENTYEAR", "CURRENTTIME", "CURRENTHOUR", "CURRENTWEEK", "CURRENTDOW", "CURRENTTIMESTAMP", "LOCALMONTH",
        "LOCALMONTH1", "LOCALMONTHNAME", "LOCALMONTHNAMEGEN", "LOCALMONTHABBREV", "LOCALDAY", "LOCALDAY2", "LOCALDAYNAME", "LOCALYEAR",
        "LOCALTIME", "LOCALHOUR", "LOCALWEEK", "LOCALDOW", "LOCALTIMESTAMP", "NUMBEROFARTICLES", "NUMBEROFFILES", "NUMBEROFEDITS",
        "NUMBEROFUSERS", "NUMBEROFACTIVEUSERS", "NUMBEROFPAGES", "NUMBEROFADMINS", "ARTICLEPATH", "PAGEID", "SITENAME", "SERVER",
        "SERVERNAME", "SCRIPTPATH", "STYLEPATH", "PAGENAME", "PAGENAMEE", "FULLPAGENAME", "FULLPAGENAMEE", "NAMESPACE", "NAMESPACEE",
        "NAMESPACENUMBER", "REVISIONID", "REVISIONDAY", "REVISIONDAY2", "REVISIONMONTH", "REVISIONMONTH1", "REVISIONYEAR",
        "REVISIONTIMESTAMP", "REVISIONUSER", "REVISIONSIZE", "SUBPAGENAME", "SUBPAGENAMEE", "ROOTPAGENAME", "ROOTPAGENAMEE",
        "BASEPAGENAME", "BASEPAGENAMEE", "TALKSPACE", "TALKSPACEE", "SUBJECTSPACE", "SUBJECTSPACEE", "ARTICLESPACE", "ARTICLESPACEE",
        "TALKPAGENAME", "TALKPAGENAMEE", "SUBJECTPAGENAME", "SUBJECTPAGENAMEE", "ARTICLEPAGENAME", "ARTICLEPAGENAMEE", "CURRENTVERSION",
        "DIRECTIONMARK", "DIRMARK", "CONTENTLANGUAGE", "CONTENTLANG", "CASCADINGSOURCES", "!", "=",
    ], StringComparer.Ordinal);

    /// <summary>Functions written <c>{{name:argument}}</c> without a leading <c>#</c>. Matched ignoring case.</summary>
    public static readonly FrozenSet<string> ColonFunctions = FrozenSet.ToFrozenSet(
    [
        "ns", "nse", "urlencode", "lcfirst", "ucfirst", "lc", "uc", "localurl", "localurle", "fullurl", "fullurle", "canonicalurl",
        "canonicalurle", "formatnum", "grammar", "gender", "plural", "bidi", "numberofpages", "numberofusers", "numberofactiveusers",
        "numberofarticles", "numberoffiles", "numberofadmins", "numberingroup", "numberinggroup", "numberofedits", "language", "padleft",
        "padright", "anchorencode", "filepath", "pagesincategory", "pagesincat", "pagesize", "protectionlevel", "protectionexpiry",
        "namespace", "namespacee", "namespacenumber", "talkspace", "talkspacee", "subjectspace", "subjectspacee", "articlespace",
        "articlespacee", "pagename", "pagenamee", "fullpagename", "fullpagenamee", "rootpagename", "rootpagenamee", "basepagename",
        "basepagenamee", "subpagename", "subpagenamee", "talkpagename", "talkpagenamee", "subjectpagename", "subjectpagenamee",
        "articlepagename", "articlepagenamee", "pageid", "revisionid", "revisionday", "revisionday2", "revisionmonth", "revisionmonth1",
        "revisionyear", "revisiontimestamp", "revisionuser", "cascadingsources", "int", "special", "speciale", "tag", "formatdate",
        "displaytitle", "noexternallanglinks", "dir",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>The names of <c>{{DEFAULTSORT:key}}</c>, which sets the default category sort key. Matched ignoring case.</summary>
    public static readonly FrozenSet<string> DefaultSort = FrozenSet.ToFrozenSet(
        ["defaultsort", "defaultsortkey", "defaultcategorysort"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Prefixes that modify a transclusion (<c>{{msgnw:Foo}}</c> still uses Template:Foo). Matched ignoring case.</summary>
    public static readonly FrozenSet<string> TransclusionModifiers = FrozenSet.ToFrozenSet(
        ["subst", "safesubst", "msg", "msgnw", "raw"], StringComparer.OrdinalIgnoreCase);
}
