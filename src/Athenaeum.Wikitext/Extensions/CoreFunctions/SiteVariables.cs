using System.Globalization;
using Athenaeum.Wikitext.Expansion;

namespace Athenaeum.Wikitext.Extensions.CoreFunctions;

/// <summary>
/// Site variables: SITENAME, SERVER, SERVERNAME, SCRIPTPATH, STYLEPATH, ARTICLEPATH, CURRENTVERSION,
/// CONTENTLANGUAGE (CONTENTLANG), PAGELANGUAGE, DIRECTIONMARK (DIRMARK), the statistics
/// (NUMBEROFARTICLES … as variables and, with <c>R</c>, as functions), NUMBERINGROUP, and <c>{{!}}</c>
/// and <c>{{=}}</c>.
/// </summary>
internal static class SiteVariables
{
    public static void Register(CoreRegistry r, CoreParserFunctionsOptions options)
    {
        r.Variable(["!"], _ => "|");
        r.Variable(["="], _ => "=");
        r.Variable(["SITENAME"], h => h.Context.Site.SiteName);
        r.CaseInsensitiveVariable(["SERVER"], h => h.Context.Site.Server);
        r.CaseInsensitiveVariable(["SERVERNAME"], h => WikiUrls.ServerName(h.Context.Site));
        r.CaseInsensitiveVariable(["SCRIPTPATH"], h => h.Context.Site.ScriptPath);
        r.CaseInsensitiveVariable(["STYLEPATH"], h => h.Context.Site.ScriptPath + "/skins");
        r.CaseInsensitiveVariable(["ARTICLEPATH"], h => h.Context.Site.ArticlePath);
        r.Variable(["CURRENTVERSION"], _ => options.Version);
        r.Variable(["CONTENTLANGUAGE", "CONTENTLANG"], h => h.Context.Site.LanguageCode);
        r.Variable(["PAGELANGUAGE"], h => h.Context.Site.LanguageCode);
        r.Variable(["DIRECTIONMARK", "DIRMARK"], h => WikiMessages.ContentLanguage(h).DirectionMark);

        var stats = options.Statistics;
        AddStatistic(r, "NUMBEROFARTICLES", stats.Articles);
        AddStatistic(r, "NUMBEROFPAGES", stats.Pages);
        AddStatistic(r, "NUMBEROFFILES", stats.Files);
        AddStatistic(r, "NUMBEROFEDITS", stats.Edits);
        AddStatistic(r, "NUMBEROFUSERS", stats.Users);
        AddStatistic(r, "NUMBEROFACTIVEUSERS", stats.ActiveUsers);
        AddStatistic(r, "NUMBEROFADMINS", stats.GroupMembers.GetValueOrDefault("sysop"));
        r.CaseSensitiveFunction(["NUMBERINGROUP", "NUMINGROUP"], (h, a)
            => FormatRaw(h, stats.GroupMembers.GetValueOrDefault(FunctionArguments.Trimmed(a, 0).ToLowerInvariant()), FunctionArguments.Trimmed(a, 1)));
    }

    /// <summary>CoreParserFunctions::formatRaw: the number as is with "R", formatted for the language otherwise.</summary>
    internal static string FormatRaw(IParserFunctionHost host, long number, string raw)
    {
        var text = number.ToString(CultureInfo.InvariantCulture);
        return raw == "R" ? text : WikiMessages.ContentLanguage(host).FormatNum(text);
    }

    private static void AddStatistic(CoreRegistry r, string name, long value)
    {
        r.Variable([name], h => FormatRaw(h, value, string.Empty));
        r.CaseSensitiveFunction([name], (h, a) => FormatRaw(h, value, FunctionArguments.Trimmed(a, 0)));
    }
}
