using Athenaeum.Wikitext.Extensions.ParserFunctions;
using Athenaeum.Wikitext.Tests.TestSupport;

namespace Athenaeum.Wikitext.Tests.Extensions.ParserFunctions;

/// <summary>
/// Behaviour of the ParserFunctions that the oracle files cannot show: limits, per-render state,
/// the string functions (off on the oracle wikis), page existence and files.
/// </summary>
public sealed class ParserFunctionsBehaviourTests
{
    [Theory]
    [InlineData("{{#len:}}", "0")]
    [InlineData("{{#len:0}}", "1")]
    [InlineData("{{#len:test}}", "4")]
    [InlineData("{{#len:Žmržlina}}", "8")]
    [InlineData("{{#len:a<nowiki>bcd</nowiki>e}}", "2")]
    [InlineData("{{#urldecode:}}", "")]
    [InlineData("{{#urldecode:foo%20bar}}", "foo bar")]
    [InlineData("{{#urldecode:%D0%9C%D0%B5%D0%B4%D0%B8%D0%B0%D0%92%D0%B8%D0%BA%D0%B8}}", "МедиаВики")]
    [InlineData("{{#urldecode: some unescaped string}}", "some unescaped string")]
    [InlineData("{{#urldecode:a+b%zz}}", "a b%zz")]
    [InlineData("{{#pos:Žmržlina|žlina}}", "3")]
    [InlineData("{{#pos:stringstring|str|4}}", "6")]
    [InlineData("{{#pos:FooBar|Foo|32}}", "")]
    [InlineData("{{#pos:FooBar|o|-3}}", "")]
    [InlineData("{{#pos:Foo Bar|}}", "3")]
    [InlineData("{{#rpos:abcabc|bc}}", "4")]
    [InlineData("{{#rpos:abc|x}}", "-1")]
    [InlineData("{{#sub:abcdef|-2}}", "ef")]
    [InlineData("{{#sub:abcdef|1|-2}}", "bcd")]
    [InlineData("{{#sub:abcdef|10}}", "")]
    [InlineData("{{#sub:abcdef|-10|2}}", "ab")]
    [InlineData("{{#sub:Žmržlina|1|3}}", "mrž")]
    [InlineData("{{#count:aaaa|aa}}", "2")]
    [InlineData("{{#count:a b c|}}", "2")]
    [InlineData("{{#replace:a.b.c|.|-}}", "a-b-c")]
    [InlineData("{{#replace:a.b.c|.|-|1}}", "a-b.c")]
    [InlineData("{{#replace:a.b.c|.|-|}}", "a.b.c")]
    [InlineData("{{#replace:a b|}}", "ab")]
    [InlineData("{{#replace:x|x|$1\\}}", "$1\\")]
    [InlineData("{{#explode:Foo*Bar|*|-1}}", "Bar")]
    [InlineData("{{#explode:Foo*Bar|*|- 1}}", "")]
    [InlineData("{{#explode:a b c}}", "a")]
    [InlineData("{{#explode:a b c| |1}}", "b")]
    [InlineData("{{#explode:a b c| |01}}", "")]
    [InlineData("{{#explode:a b c| |}}", "")]
    [InlineData("{{#explode:a,b,c|,|1|2}}", "b,c")]
    [InlineData("{{#explode:a,b,c|,|0|-5}}", "a,b,c")]
    public void StringFunctions_Case_ExpandAsParserFunctions(string wikitext, string expected)
    {
        Assert.Equal(expected, new ExpansionHarness().Expand(wikitext));
    }

    [Fact]
    public void StringFunctions_InputAtLimit_GiveTooLongError()
    {
        // Arrange
        var harness = new ExpansionHarness(options: new ParserFunctionsOptions { EnableStringFunctions = true, StringLengthLimit = 5 });

        // Act
        var atLimit = harness.Expand("{{#sub:abcde|1}}");
        var belowLimit = harness.Expand("{{#sub:abcd|1}}");
        var grown = harness.Expand("{{#replace:abcd|a|xxxx}}");

        // Assert
        Assert.Equal("<strong class=\"error\">Error: String exceeds 5 character limit.</strong>", atLimit);
        Assert.Equal("bcd", belowLimit);
        Assert.Equal("<strong class=\"error\">Error: String exceeds 5 character limit.</strong>", grown);
    }

    [Fact]
    public void StringFunctions_Disabled_StayAsWritten()
    {
        var harness = new ExpansionHarness(options: new ParserFunctionsOptions());

        Assert.Equal("{{#len:abc}}", harness.Expand("{{#len:abc}}"));
    }

    [Fact]
    public void IfExist_PageAndFile_FindsThemAndRecordsDependencies()
    {
        // Arrange
        var harness = new ExpansionHarness();
        harness.AddPage("Existing page", "text");
        harness.Pages.AddFile(harness.Titles.Parse("File:Photo.jpg")!);

        // Act
        var text = harness.Expand("{{#ifexist:Existing page|yes|no}} {{#ifexist:Missing|yes|no}} {{#ifexist:Media:Photo.jpg|yes|no}} {{#ifexist:File:Photo.jpg|yes|no}}");
        var output = harness.LastOutput;

        // Assert
        Assert.Equal("yes no yes no", text);
        Assert.Contains(output.Links, t => t.PrefixedText == "Existing page");
        Assert.Contains(output.Links, t => t.PrefixedText == "Missing");
        Assert.Contains("Photo.jpg", output.Images);
    }

    [Fact]
    public void IfExist_SameTitleTwice_CountsOneExpensiveCall()
    {
        // Arrange
        var harness = new ExpansionHarness();

        // Act
        harness.Expand("{{#ifexist:A|y|n}}{{#ifexist:A|y|n}}{{#ifexist:B|y|n}}", c => c with { Options = c.Options with { MaxExpensiveFunctionCount = 1 } });
        var limited = harness.Expand("{{#ifexist:A|y|n}}{{#ifexist:Test page|y|n}}", c => c with { Options = c.Options with { MaxExpensiveFunctionCount = 1 } });

        // Assert: the second distinct title is over the limit and treated as missing.
        Assert.Equal("nn", limited);
    }

    [Fact]
    public void Time_FormatBudgetExhausted_GivesTooManyCallsError()
    {
        // Arrange
        var harness = new ExpansionHarness(options: new ParserFunctionsOptions { MaxTimeFormatCharacters = 10 });

        // Act
        var text = harness.Expand("{{#time:Y-m-d H:i|2001-01-01}} {{#time:Y-m-d H:i|2002-01-01}} {{#time:Y-m-d H:i|2001-01-01}}");

        // Assert: the repeated call comes from the cache and costs nothing.
        Assert.Equal("2001-01-01 00:00 <strong class=\"error\">Error: Too many #time calls.</strong> 2001-01-01 00:00", text);
    }

    [Theory]
    [InlineData("{{#time:Y|+10000-01-01}}", "<strong class=\"error\">Error: #time only supports years up to 9999.</strong>")]
    [InlineData("{{#time:Y|-0001-01-01}}", "<strong class=\"error\">Error: #time only supports years from 0.</strong>")]
    [InlineData("{{#time:Y|nonsense}}", "<strong class=\"error\">Error: Invalid time.</strong>")]
    [InlineData("{{#time:Y-m-d H:i}}", "2024-09-20 12:34")]
    [InlineData("{{#time:Y-m-d|2001}}", "2001-09-20")]
    [InlineData("{{#time:H:i|12:30}}", "12:30")]
    [InlineData("{{#time:Y-m-d|+1 day}}", "2024-09-21")]
    [InlineData("{{#time:Y-m-d|next monday}}", "2024-09-23")]
    [InlineData("{{#time:Y-m-d|last day of next month}}", "2024-10-31")]
    [InlineData("{{#time:D, j M Y|3 weeks ago}}", "Fri, 30 Aug 2024")]
    public void Time_FixedClock_GivesPhpResult(string wikitext, string expected)
    {
        Assert.Equal(expected, new ExpansionHarness().Expand(wikitext));
    }

    [Fact]
    public void Timel_LocalZone_ShowsWallClockOfTheWiki()
    {
        // Arrange
        Assert.True(Athenaeum.Wikitext.Extensions.ParserFunctions.Time.PhpDateParser.TryFindZone("Europe/Paris", out var paris));
        var harness = new ExpansionHarness(options: new ParserFunctionsOptions { LocalTimeZone = paris });

        // Act
        var text = harness.Expand("{{#timel:H:i T|2024-07-01 12:00}} {{#time:H:i T|2024-07-01 12:00}} {{#time:H:i T|2024-01-01 12:00||1}}");

        // Assert
        Assert.Equal("14:00 CEST 12:00 UTC 13:00 CET", text);
    }

    [Fact]
    public void Rel2Abs_AboveRoot_GivesInvalidDepthError()
    {
        var text = new ExpansionHarness().Expand("{{#rel2abs:../../x|A}}");

        Assert.Equal("<strong class=\"error\">Error: Invalid depth in path: &quot;A/../../x&quot; (tried to access a node above the root node).</strong>", text);
    }
}
