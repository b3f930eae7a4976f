using Athenaeum.Wikitext.ParserTests;

namespace Athenaeum.Wikitext.Tests.ParserTests;

public sealed class ParserTestReaderTests
{
    private const string Sample = """
        !! Version 2
        # a comment
        !! hooks
        ref
        !! endhooks

        !! article
        Template:Foo
        !! text
        FOO
        !! endarticle

        !! test
        Simple paragraph
        !! options
        title=[[Some page]] cat language=de parsoid={ "modes": ["wt2html"] }
        !! config
        wgRawHtml=1
        !! wikitext
        Hello
        !! html/php
        <p>Hello
        </p>
        !! html/parsoid
        <p>Hello</p>
        !! end

        !!test
        Parsoid only
        !!wikitext
        x
        !!html/parsoid
        <p>x</p>
        !!end
        """;

    [Fact]
    public void Parse_SampleFile_ReadsArticlesCasesAndHooks()
    {
        // Act
        var file = ParserTestReader.Parse(Sample, "sample.txt");

        // Assert
        Assert.Equal(["ref"], file.RequiredHooks);
        var article = Assert.Single(file.Articles);
        Assert.Equal("Template:Foo", article.Title);
        Assert.Equal("FOO", article.Text);
        Assert.Equal(2, file.Cases.Count);
        var first = file.Cases[0];
        Assert.Equal("Simple paragraph", first.Name);
        Assert.Equal("Hello", first.Wikitext);
        Assert.Equal("<p>Hello\n</p>", first.ExpectedPhpHtml);
        Assert.Null(first.NotAPhpTestReason);
        Assert.Equal("1", first.Config["wgRawHtml"]);
    }

    [Fact]
    public void Parse_Options_ParsesLinkTargetsFlagsAndJson()
    {
        // Act
        var options = ParserTestReader.Parse(Sample, "sample.txt").Cases[0].Options;

        // Assert
        Assert.Equal("Some page", options.Get("title"));
        Assert.True(options.Has("cat"));
        Assert.Equal(string.Empty, options.Get("cat"));
        Assert.Equal("de", options.Get("language"));
        Assert.Equal("{ \"modes\": [\"wt2html\"] }", options.Get("parsoid"));
        Assert.Null(options.Get("notoc"));
    }

    [Fact]
    public void Parse_CaseWithoutPhpExpectation_IsNotAPhpTest()
    {
        // Act
        var parsoidOnly = ParserTestReader.Parse(Sample, "sample.txt").Cases[1];

        // Assert
        Assert.Equal("x", parsoidOnly.Wikitext);
        Assert.Null(parsoidOnly.ExpectedPhpHtml);
        Assert.NotNull(parsoidOnly.NotAPhpTestReason);
    }

    [Theory]
    [InlineData("html/php", "<b>php</b>")]
    [InlineData("html/*", "<b>star</b>")]
    [InlineData("html", "<b>plain</b>")]
    public void ExpectedPhpHtml_SectionPrecedence_FollowsMediaWiki(string first, string expected)
    {
        // Arrange: sections in MediaWiki's order of preference, starting at the given one.
        var all = new[] { ("html/php", "<b>php</b>"), ("html/*", "<b>star</b>"), ("html", "<b>plain</b>") };
        var sections = all.SkipWhile(s => s.Item1 != first).Select(s => $"!! {s.Item1}\n{s.Item2}\n");
        var text = "!! test\nT\n!! wikitext\nx\n" + string.Concat(sections) + "!! end\n";

        // Act
        var testCase = ParserTestReader.Parse(text, "t.txt").Cases[0];

        // Assert
        Assert.Equal(expected, testCase.ExpectedPhpHtml);
    }

    [Fact]
    public void Parse_UnclosedTest_ThrowsWithFileAndLine()
    {
        // Act
        var ex = Assert.Throws<FormatException>(() => ParserTestReader.Parse("!! test\nname\n!! wikitext\nx\n", "broken.txt"));

        // Assert
        Assert.Contains("broken.txt:1", ex.Message, StringComparison.Ordinal);
    }
}
