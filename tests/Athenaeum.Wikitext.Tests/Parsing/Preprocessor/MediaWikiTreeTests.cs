using System.Text;
using Athenaeum.Wikitext.Parsing.Preprocessor;
using Athenaeum.Wikitext.Tests.Syntax;

namespace Athenaeum.Wikitext.Tests.Parsing.Preprocessor;

/// <summary>
/// Differential tests against MediaWiki's own preprocessor: every parser-test input and every fatwiki
/// page must give the same tree as Preprocessor_Hash (golden data in TestData/Preprocessor), and
/// every tree must give back its input.
/// </summary>
public sealed class MediaWikiTreeTests
{
    [Fact]
    public void PreprocessToTree_ParserTestInputs_MatchMediaWikiTrees()
    {
        // Arrange
        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in CorpusInputs.ParserTestTexts())
        {
            inputs[CorpusInputs.ShortHash(text)] = text;
        }

        var failures = new StringBuilder();
        var compared = 0;
        var mismatches = 0;

        // Act
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "Preprocessor", "parser-test-trees.tsv")))
        {
            var fields = line.Split('\t', 3);
            var text = inputs[fields[0]];
            var inclusion = fields[1] == "1";
            var actual = TreeDump.Dump(WikitextPreprocessor.PreprocessToTree(text, CorpusInputs.OracleTags, inclusion).Root);
            compared++;
            if (actual != fields[2])
            {
                mismatches++;
                if (mismatches <= 5)
                {
                    failures.Append("input: ").AppendLine(TreeDump.Quote(text))
                        .Append("inclusion: ").AppendLine(fields[1])
                        .Append("expected: ").AppendLine(fields[2])
                        .Append("actual:   ").AppendLine(actual).AppendLine();
                }
            }
        }

        // Assert
        Assert.True(compared > 1500, "too few golden trees: " + compared);
        Assert.True(mismatches == 0, $"{mismatches} of {compared} trees differ from MediaWiki's:\n{failures}");
    }

    [Fact]
    public void PreprocessToTree_ParserTestInputs_RoundTripWithConsistentSpans()
    {
        foreach (var text in CorpusInputs.ParserTestTexts())
        {
            foreach (var inclusion in new[] { false, true })
            {
                // Act
                var tree = WikitextPreprocessor.PreprocessToTree(text, CorpusInputs.OracleTags, inclusion);

                // Assert
                Assert.Equal(text, tree.Root.ToString());
                SpanChecker.AssertConsistent(tree.Root, text);
            }
        }
    }

    [Fact]
    public void PreprocessToTree_FatwikiPages_MatchMediaWikiTreesAndRoundTrip()
    {
        // Arrange
        var expected = new Dictionary<(string, string), string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "Preprocessor", "fatwiki-tree-hashes.tsv")))
        {
            var fields = line.Split('\t');
            expected[(fields[0], fields[1])] = fields[2];
        }

        var pages = 0;
        var mismatches = new List<string>();

        // Act
        foreach (var (title, text) in CorpusInputs.FatwikiPages())
        {
            pages++;
            var hash = CorpusInputs.ShortHash(text);
            foreach (var inclusion in new[] { false, true })
            {
                var tree = WikitextPreprocessor.PreprocessToTree(text, CorpusInputs.OracleTags, inclusion);
                Assert.Equal(text, tree.Root.ToString());
                var dumpHash = CorpusInputs.ShortHash(TreeDump.Dump(tree.Root));
                if (expected[(hash, inclusion ? "1" : "0")] != dumpHash)
                {
                    mismatches.Add(title + (inclusion ? " (inclusion)" : string.Empty));
                }
            }
        }

        // Assert
        Assert.Equal(3566, pages);
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} trees differ from MediaWiki's: {string.Join(", ", mismatches.Take(20))}");
    }
}
