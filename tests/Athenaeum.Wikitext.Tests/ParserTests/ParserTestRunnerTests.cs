using Athenaeum.Wikitext.ParserTests;

namespace Athenaeum.Wikitext.Tests.ParserTests;

public sealed class ParserTestRunnerTests
{
    private const string File = """
        !! article
        Existing page
        !! text
        Hello
        !! endarticle

        !! test
        Passing case
        !! wikitext
        [[Existing page]] and [[Missing page]]
        !! html
        <p><a href="/wiki/Existing_page" title="Existing page">Existing page</a> and <a href="/index.php?title=Missing_page&amp;action=edit&amp;redlink=1" class="new" title="Missing page (page does not exist)">Missing page</a>
        </p>
        !! end

        !! test
        Failing case
        !! wikitext
        ''italic''
        !! html
        <p><b>not this</b>
        </p>
        !! end

        !! test
        Pre-save transform
        !! options
        pst
        !! wikitext
        ~~~~
        !! html
        whatever
        !! end

        !! test
        Categories
        !! options
        cat
        !! wikitext
        [[Category:Foo bar|Key]]
        !! html
        cat=Foo_bar sort=Key
        !! end
        """;

    [Fact]
    public void Run_MixedCases_ReportsPassFailAndSkip()
    {
        // Arrange
        var runner = new ParserTestRunner();

        // Act
        var result = runner.Run(ParserTestReader.Parse(File, "mixed.txt"));

        // Assert
        Assert.Equal(
            [ParserTestOutcome.Passed, ParserTestOutcome.Failed, ParserTestOutcome.Skipped, ParserTestOutcome.Passed],
            result.Results.Select(r => r.Outcome));
        Assert.Equal(2, result.Passed);
        Assert.Equal(1, result.Failed);
        Assert.Equal(1, result.Skipped);
        Assert.Equal("<p><i>italic</i>\n</p>", result.Results[1].Actual);
    }

    [Fact]
    public void RunFile_CorpusFile_RunsEveryCase()
    {
        // Arrange
        var path = Athenaeum.Tests.Shared.CorpusPaths.Get("parser-tests/poemParserTests.txt");

        // Act
        var result = new ParserTestRunner().RunFile(path);

        // Assert
        Assert.Equal(ParserTestReader.ReadFile(path).Cases.Count, result.Results.Count);
        Assert.All(result.Results, r => Assert.False(string.IsNullOrEmpty(r.Name)));
    }
}
