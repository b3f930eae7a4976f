using Athenaeum.Wikitext.Extensions.ParserFunctions.Expression;
using Athenaeum.Wikitext.Extensions.ParserFunctions.Time;
using Athenaeum.Wikitext.Tests.TestSupport;
using FsCheck;
using FsCheck.Fluent;

namespace Athenaeum.Wikitext.Tests.Extensions.ParserFunctions;

/// <summary>
/// Property tests: hostile and random input to the expression evaluator, the date parser and every
/// registered function never throws (errors are shown in the page, never raised) and always ends.
/// </summary>
public sealed class ParserFunctionRobustnessTests
{
    private static readonly string[] ExpressionTokens =
        ["1", "0", "2.5", "1e308", "9223372036854775807", ".", "..", "+", "-", "*", "/", "^", "(", ")", " ", "mod", "fmod", "div", "round", "e", "pi",
         "not", "and", "or", "=", "<>", "!=", "<", ">", "<=", ">=", "sin", "cos", "tan", "asin", "acos", "atan", "exp", "ln", "abs", "floor", "ceil",
         "trunc", "sqrt", "x", "&lt;", "&minus;", "−", "!", "€", "\n"];

    private static readonly string[] DateTokens =
        ["2024", "-", "09", "20", " ", "T", "12", ":", "30", "+1", "-9999999999999", "9999999999999", "day", "month", "year", "week", "weekday", "next", "last",
         "this", "monday", "fri", "of", "first", "ago", "@", "@-99999999999999", "UTC", "Europe/Paris", "+0530", "pm", "am", "jan", "XII", "W", "53", "."];

    private static readonly string[] CallNames =
        ["#if", "#ifeq", "#iferror", "#ifexpr", "#expr", "#switch", "#ifexist", "#time", "#timel", "#titleparts", "#rel2abs", "#len", "#pos", "#rpos", "#sub",
         "#count", "#replace", "#explode", "#urldecode", "lc", "uc", "lcfirst", "ucfirst", "urlencode", "anchorencode", "localurl", "fullurle", "canonicalurl",
         "filepath", "ns", "nse", "formatnum", "padleft", "padright", "plural", "grammar", "gender", "bidi", "#language", "int", "#special", "#speciale",
         "#formatdate", "DISPLAYTITLE", "DEFAULTSORT", "PAGENAME", "FULLPAGENAMEE", "SUBPAGENAME", "TALKSPACE", "PAGESIZE", "PAGESINCATEGORY",
         "PROTECTIONEXPIRY", "REVISIONID", "PAGEID", "NUMBERINGROUP", "NUMBEROFARTICLES"];

    private static readonly string[] ArgumentTokens =
        ["", " ", "x", "Foo/bar", "Talk:A/b", "1", "-1", "0", "1e5", "500", "R", "NOSEP", "noreplace", "=", "a=b", "#default", "&amp;", "&#39;", "'''", "[[x]]",
         "<nowiki>n</nowiki>", "Y-m-d", "xrY", "\"", "\\", "../..", "Special:Random", "Media:X.jpg", "de:Foo", "%20", "€", "ß", "İ", "\u202B", "{{!}}"];

    [Fact]
    public void ExpressionEvaluator_RandomTokens_ThrowsOnlyExpressionErrors()
    {
        var gen = Gen.ListOf(Gen.Elements(ExpressionTokens)).Select(tokens => string.Concat(tokens));
        Prop.ForAll(Arb.From(gen), expression =>
        {
            try
            {
                ExpressionEvaluator.Evaluate(expression);
            }
            catch (ExpressionException)
            {
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void DateParser_RandomTokens_ThrowOnlyTheDocumentedOverflow()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1726835696);
        var gen = Gen.ListOf(Gen.Elements(DateTokens)).Select(tokens => string.Concat(tokens));
        Prop.ForAll(Arb.From(gen), text =>
        {
            var parsed = PhpDateParser.Parse(text);
            if (parsed.Errors.Count == 0)
            {
                try
                {
                    PhpDateResolver.Resolve(parsed, now, TimeZoneInfo.Utc);
                }
                catch (OverflowException)
                {
                    // Documented: a date too far from 1970 to count in seconds ("UTC-9999999999999year…");
                    // #time turns it into its error message. Any other exception fails the property.
                }
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AllFunctions_RandomArguments_NeverThrow()
    {
        var harness = new ExpansionHarness();
        var gen =
            from name in Gen.Elements(CallNames)
            from args in Gen.ListOf(Gen.Elements(ArgumentTokens))
            select "{{" + name + ":" + string.Join("|", args) + "}}";
        Prop.ForAll(Arb.From(gen), wikitext => harness.Expand(wikitext) is not null).Check(Config.QuickThrowOnFailure.WithMaxTest(400));
    }

    [Theory]
    [InlineData("{{#time:Y|+9999999999999 years}}")]
    [InlineData("{{#time:Y|@-99999999999999999}}")]
    [InlineData("{{#time:Y|9999999999999 weekdays}}")]
    [InlineData("{{#expr:" + "(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((" + "}}")]
    [InlineData("{{padleft:x|99999999999999999999|ab}}")]
    [InlineData("{{#titleparts:a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/x/y/z/0/1|-99999999999|-99999999999}}")]
    public void HostileInput_EndsWithAResultOrAnError(string wikitext)
    {
        var result = new ExpansionHarness().Expand(wikitext);

        Assert.NotNull(result);
    }

    [Theory]
    [InlineData("{{#time:Y|UTC-9999999999999year2024Tpm}}")]
    [InlineData("{{#time:Y|+9999999999999 years}}")]
    public void Time_DateTooFarToCount_RendersTheTooBigError(string wikitext)
    {
        var result = new ExpansionHarness().Expand(wikitext);

        Assert.Contains("class=\"error\"", result, StringComparison.Ordinal);
    }
}
