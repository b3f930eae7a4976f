using System.Text;
using Athenaeum.Wikitext.ParserTests;
using Athenaeum.Wikitext.Tests.ParserTests;

namespace Athenaeum.Wikitext.Tests.Extensions.Common;

/// <summary>
/// A developer aid: with ATHENAEUM_DUMP_PARSER_TESTS=file.txt (and optionally ATHENAEUM_DUMP_OUT=path),
/// writes every failing case of that parser-test file with its wikitext, expectation and output.
/// Without the variable it only checks that the tag extensions' parser-test files were read.
/// </summary>
public sealed class ParserTestFileDump
{
    [Fact]
    public void DumpFailures_WhenRequested_WritesReport()
    {
        // Arrange
        var fileName = Environment.GetEnvironmentVariable("ATHENAEUM_DUMP_PARSER_TESTS");
        if (string.IsNullOrEmpty(fileName))
        {
            Assert.Contains("citeParserTests.txt", ParserTestCorpus.Files.Keys);
            Assert.Contains("poemParserTests.txt", ParserTestCorpus.Files.Keys);
            return;
        }

        // Act
        var result = ParserTestCorpus.Runner.Run(ParserTestCorpus.Files[fileName]);
        var report = new StringBuilder();
        report.Append("passed ").Append(result.Passed).Append(", failed ").Append(result.Failed).Append(", skipped ").Append(result.Skipped).Append('\n');
        foreach (var r in result.Results.Where(r => r.Outcome == ParserTestOutcome.Failed))
        {
            report.Append("#### ").Append(r.Name).Append(" (line ").Append(r.LineNumber).Append(")\n--- wikitext\n").Append(r.Wikitext)
                .Append("\n--- expected\n").Append(r.Expected).Append("\n--- actual\n").Append(r.Actual).Append("\n\n");
        }

        File.WriteAllText(Environment.GetEnvironmentVariable("ATHENAEUM_DUMP_OUT") ?? Path.Combine(Path.GetTempPath(), fileName + ".failures.txt"), report.ToString());

        // Assert
        Assert.True(result.Passed + result.Failed > 0, "no case ran");
    }

    [Fact]
    public void RenderFile_WhenRequested_WritesHtml()
    {
        // Arrange: ATHENAEUM_RENDER_FILE=page.wikitext renders the file as "Scratch" to page.wikitext.html.
        var path = Environment.GetEnvironmentVariable("ATHENAEUM_RENDER_FILE");
        if (string.IsNullOrEmpty(path))
        {
            Assert.Null(path);
            return;
        }

        // Act
        var output = ExtensionRender.Render(File.ReadAllText(path));
        File.WriteAllText(path + ".html", output.Html + "\n<!-- categories: " + string.Join(" | ", output.Categories.Select(c => c.Name)) + " -->\n");

        // Assert
        Assert.True(File.Exists(path + ".html"));
    }
}
