using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Globalization;
using Athenaeum.Wikitext.Parsing;

namespace Athenaeum.Wikitext.Extensions.CoreFunctions;

/// <summary>
/// Language functions: <c>#language</c>, <c>grammar</c>, <c>gender</c>, <c>bidi</c>, <c>int</c>,
/// <c>#formatdate</c>/<c>#dateformat</c>, and (after 1.39, behind an option) <c>#dir</c> and <c>#bcp47</c>.
/// </summary>
internal static class LanguageFunctions
{
    public static void Register(CoreRegistry r, CoreParserFunctionsOptions options)
    {
        r.Function(["#language"], (h, a) =>
        {
            // Without the CLDR extension MediaWiki always answers the autonym (the second argument is ignored).
            var code = FunctionArguments.Trimmed(a, 0).ToLowerInvariant();
            var name = LanguageNames.GetAutonym(code);
            return name.Length > 0 ? name : LanguageNames.ToBcp47(code);
        });
        r.Function(["grammar"], (h, a) => WikiMessages.ContentLanguage(h).ConvertGrammar(StripState.KillMarkers(FunctionArguments.Trimmed(a, 1)), FunctionArguments.Trimmed(a, 0)));
        r.Function(["gender"], Gender);
        r.Function(["bidi"], (h, a) => WikiMessages.ContentLanguage(h).EmbedBidi(FunctionArguments.Trimmed(a, 0)));
        r.Function(["int"], Int);
        r.Function(["#formatdate", "#dateformat"], (h, a) =>
            DateReformatter.Reformat(WikiMessages.ContentLanguage(h), FunctionArguments.Trimmed(a, 0), a.Count > 1 ? FunctionArguments.Trimmed(a, 1) : string.Empty));
        if (options.EnablePost139Functions)
        {
            r.Function(["#dir"], (h, a) => Language.Get(FunctionArguments.Trimmed(a, 0) is { Length: > 0 } code ? code : h.Context.Site.LanguageCode).Direction);
            r.Function(["#bcp47"], (h, a) => LanguageNames.ToBcp47(FunctionArguments.Trimmed(a, 0)));
        }
    }

    private static ParserFunctionResult Gender(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
    {
        if (args.Count <= 1)
        {
            return string.Empty;
        }

        if (args.Count == 2)
        {
            return args[1].ExpandTrimmed();
        }

        // No user preferences are known, so every user has the default gender, "unknown".
        var forms = args.Skip(1).Select(a => a.ExpandTrimmed()).ToList();
        return WikiMessages.ContentLanguage(host).ConvertGender("unknown", forms);
    }

    private static ParserFunctionResult Int(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
    {
        var key = FunctionArguments.Trimmed(args, 0);
        if (key.Length == 0)
        {
            return ParserFunctionResult.NotFound;
        }

        // Message::plain(): the raw text with $1… substituted; the preprocessor then expands it.
        var raw = WikiMessages.GetRaw(host, key);
        if (raw is null)
        {
            return new ParserFunctionResult("⧼" + key + "⧽", NoParse: false);
        }

        var parameters = args.Skip(1).Select(a => a.ExpandTrimmed()).ToArray();
        return new ParserFunctionResult(Language.SubstituteParameters(raw, parameters), NoParse: false);
    }
}
