using Athenaeum.Wikitext.Extensions.CoreFunctions;
using Athenaeum.Wikitext.Tests.TestSupport;

namespace Athenaeum.Wikitext.Tests.Extensions.CoreFunctions;

/// <summary>
/// Behaviour of the core functions that depends on the page being rendered, the page source or
/// the options (the oracle files render one unsaved page).
/// </summary>
public sealed class CoreFunctionsBehaviourTests
{
    [Fact]
    public void Int_MessagePageInMediaWikiNamespace_OverridesBuiltInText()
    {
        // Arrange
        var harness = new ExpansionHarness();
        harness.AddPage("MediaWiki:Edit", "Change it");
        harness.AddPage("MediaWiki:Greeting", "Hello $1, {{PLURAL:$2|one item|$2 items}}");

        // Act
        var text = harness.Expand("{{int:edit}}|{{int:greeting|Ama|3}}|{{int:view}}");

        // Assert
        Assert.Equal("Change it|Hello Ama, 3 items|View", text);
    }

    [Fact]
    public void RevisionVariables_SavedPage_ComeFromTheContext()
    {
        // Arrange
        var harness = new ExpansionHarness();
        harness.AddPage("Test page", "Some text with é");

        // Act
        var text = harness.Expand(
            "{{PAGEID}}|{{REVISIONID}}|{{REVISIONDAY}}|{{REVISIONDAY2}}|{{REVISIONMONTH}}|{{REVISIONMONTH1}}|{{REVISIONYEAR}}|{{REVISIONTIMESTAMP}}|{{REVISIONUSER}}|{{REVISIONSIZE}}|{{PAGESIZE:Test page}}",
            c => c with { PageId = 42, RevisionId = 4242, RevisionTimestamp = new DateTimeOffset(2023, 3, 5, 6, 7, 8, TimeSpan.Zero), RevisionUser = "Kofi" });

        // Assert
        Assert.Equal("42|4242|5|05|03|3|2023|20230305060708|Kofi|17|17", text);
    }

    [Fact]
    public void RevisionFunctions_OtherPage_ReadThePageSourceAsTemplateDependency()
    {
        // Arrange
        var harness = new ExpansionHarness();
        harness.AddPage("Other", "0123456789");

        // Act
        var text = harness.Expand("{{REVISIONID:Other}}|{{REVISIONTIMESTAMP:Other}}|{{PAGESIZE:Other}}|{{PAGESIZE:Other|R}}|{{PAGEID:Other}}|{{REVISIONID:Missing}}");

        // Assert
        Assert.Equal("100|19700101000000|10|10|1|", text);
        Assert.Contains(harness.LastOutput.Templates, t => t.PrefixedText == "Other");
    }

    [Fact]
    public void DisplayTitle_Unrestricted_AcceptsAnyTitle()
    {
        // Arrange
        var harness = new ExpansionHarness(coreOptions: new CoreParserFunctionsOptions { RestrictDisplayTitle = false });

        // Act
        harness.Expand("{{DISPLAYTITLE:''Something'' else}}");

        // Assert
        Assert.Equal("<i>Something</i> else", harness.LastOutput.DisplayTitle);
    }

    [Fact]
    public void DisplayTitle_RestrictedMismatch_IsIgnoredWithWarningAndCategory()
    {
        // Arrange
        var harness = new ExpansionHarness();

        // Act
        var text = harness.Expand("{{DISPLAYTITLE:Something else}}");

        // Assert
        Assert.Equal(string.Empty, text);
        Assert.Null(harness.LastOutput.DisplayTitle);
        Assert.Contains(harness.LastOutput.Warnings, w => w.Contains("Something else", StringComparison.Ordinal));
    }

    [Fact]
    public void DisplayTitle_Disabled_IsNotAFunction()
    {
        var harness = new ExpansionHarness(coreOptions: new CoreParserFunctionsOptions { AllowDisplayTitle = false });

        Assert.Equal("[[:Template:DISPLAYTITLE:Test page]]", harness.Expand("{{DISPLAYTITLE:Test page}}"));
    }

    [Theory]
    [InlineData("{{NUMBEROFARTICLES}}|{{NUMBEROFARTICLES:R}}|{{NUMBEROFPAGES}}|{{NUMBEROFFILES}}|{{NUMBEROFEDITS}}|{{NUMBEROFUSERS}}|{{NUMBEROFACTIVEUSERS}}|{{NUMBEROFADMINS}}|{{NUMBERINGROUP:bureaucrat}}", "1,234|1234|5|6|7|2|1|1|1")]
    public void Statistics_Configured_AreShownFormatted(string wikitext, string expected)
    {
        var harness = new ExpansionHarness(coreOptions: new CoreParserFunctionsOptions { Statistics = new SiteStatistics { Articles = 1234, Pages = 5, Files = 6, Edits = 7 } });

        Assert.Equal(expected, harness.Expand(wikitext));
    }

    [Fact]
    public void LocalVariables_LocalZone_UseTheWikiZone()
    {
        // Arrange
        Assert.True(Athenaeum.Wikitext.Extensions.ParserFunctions.Time.PhpDateParser.TryFindZone("Asia/Kolkata", out var kolkata));
        var harness = new ExpansionHarness(coreOptions: new CoreParserFunctionsOptions { LocalTimeZone = kolkata });

        // Act
        var text = harness.Expand("{{LOCALTIME}} {{CURRENTTIME}} {{LOCALTIMESTAMP}}");

        // Assert
        Assert.Equal("18:04 12:34 20240920180456", text);
    }

    [Fact]
    public void PageNames_SubpagesInMainNamespace_FollowTheOption()
    {
        var harness = new ExpansionHarness { PageTitle = "A/b/c" };

        var without = harness.Expand("{{BASEPAGENAME}}|{{SUBPAGENAME}}|{{ROOTPAGENAME}}");
        var with = harness.Expand("{{BASEPAGENAME}}|{{SUBPAGENAME}}|{{ROOTPAGENAME}}", c => c with { Options = c.Options with { EnableSubpages = true } });

        Assert.Equal("A/b/c|A/b/c|A/b/c", without);
        Assert.Equal("A/b|c|A", with);
    }

    [Fact]
    public void Post139Functions_Enabled_GiveDirectionAndTag()
    {
        var harness = new ExpansionHarness(coreOptions: new CoreParserFunctionsOptions { EnablePost139Functions = true });

        Assert.Equal("rtl ltr en-GB", harness.Expand("{{#dir:ar}} {{#dir:}} {{#bcp47:en-gb}}"));
    }

    [Fact]
    public void FormatNum_NonNumericText_AddsTrackingCategory()
    {
        var harness = new ExpansionHarness();

        var text = harness.Expand("{{formatnum:abc 1234}}");

        Assert.Equal("abc 1,234", text);
        Assert.Contains(harness.LastOutput.Categories, c => c.Name.Contains("formatnum", StringComparison.OrdinalIgnoreCase) || c.Name.Contains("number", StringComparison.OrdinalIgnoreCase));
    }
}
