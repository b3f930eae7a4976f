namespace Athenaeum.Wikitext.Extensions.CoreFunctions;

/// <summary><c>lc</c>, <c>uc</c>, <c>lcfirst</c>, <c>ucfirst</c> in the content language (strip markers kept for lc and uc).</summary>
internal static class CaseFunctions
{
    public static void Register(CoreRegistry r)
    {
        r.Function(["lc"], (h, a) => MarkerSkipper.Apply(FunctionArguments.Trimmed(a, 0), WikiMessages.ContentLanguage(h).Lc));
        r.Function(["uc"], (h, a) => MarkerSkipper.Apply(FunctionArguments.Trimmed(a, 0), WikiMessages.ContentLanguage(h).Uc));
        r.Function(["lcfirst"], (h, a) => WikiMessages.ContentLanguage(h).LcFirst(FunctionArguments.Trimmed(a, 0)));
        r.Function(["ucfirst"], (h, a) => WikiMessages.ContentLanguage(h).UcFirst(FunctionArguments.Trimmed(a, 0)));
    }
}
