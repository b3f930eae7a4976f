using Athenaeum.Wikitext.Parsing.Preprocessor;
using Athenaeum.Wikitext.Tests.Syntax;

namespace Athenaeum.Wikitext.Tests.Parsing.Preprocessor;

/// <summary>
/// Golden trees for the preprocessor's productions (the expected dumps are MediaWiki 1.39's own trees
/// for the same input, made with the oracle's ppdump script; format in TestData/Preprocessor/README.md).
/// </summary>
public sealed class PreprocessorTreeTests
{
    private static readonly HashSet<string> Tags = ["nowiki", "pre", "ref", "references"];

    [Theory]
    // Brace-run disambiguation: 3 closing braces make an argument, 2 a template, extra openings stay text.
    [InlineData("{{a}}", "T(\"a\")")]
    [InlineData("{{{a}}}", "A(\"a\")")]
    [InlineData("{{{{a}}}}", "\"{\" A(\"a\") \"}\"")]
    [InlineData("{{{{{a}}}}}", "T(A(\"a\"))")]
    [InlineData("{{{{{{a}}}}}}", "A(A(\"a\"))")]
    [InlineData("{{{{a}}", "\"{{\" T(\"a\")")]
    [InlineData("{{a}}}}", "T(\"a\") \"}}\"")]
    [InlineData("{a}}", "\"{a}}\"")]
    [InlineData("{{{a}}", "\"{\" T(\"a\")")]
    [InlineData("{{a}}}", "T(\"a\") \"}\"")]
    [InlineData("{{{{{{{{", "\"{{{{{{{{\"")]
    [InlineData("}}}}", "\"}}}}\"")]
    // Parts: split at "|", name and value at the first top-level "=".
    [InlineData("{{a|b|c=d|e}}", "T(\"a\" |#1:\"b\" |\"c\" = \"d\" |#2:\"e\")")]
    [InlineData("{{a|b=c=d}}", "T(\"a\" |\"b\" = \"c=d\")")]
    [InlineData("{{a=b|c}}", "T(\"a=b\" |#1:\"c\")")]
    [InlineData("{{a|[[b|c]]}}", "T(\"a\" |#1:\"[[b|c]]\")")]
    [InlineData("{{a|[[b=c]]}}", "T(\"a\" |#1:\"[[b=c]]\")")]
    [InlineData("{{a|[[b|c}}", "\"{{a|[[b|c}}\"")]
    [InlineData("{{a|{{b|c=d}}=e}}", "T(\"a\" |T(\"b\" |\"c\" = \"d\") = \"e\")")]
    [InlineData("{{{a|b|c}}}", "A(\"a\" |#1:\"b\" |#2:\"c\")")]
    [InlineData("{{a\n|b}}", "T(\"a\\n\" |#1:\"b\")")]
    [InlineData("x\n{{a}}", "\"x\\n\" T(^\"a\")")]
    [InlineData("{{a|-{b|c}-}}", "T(\"a\" |#1:\"-{b|c}-\")")]
    [InlineData("-{{a}}", "\"-\" T(\"a\")")]
    // Comments, with the whole-line rule.
    [InlineData("a<!-- b -->c", "\"a\" C\"<!-- b -->\" \"c\"")]
    [InlineData("a\n <!-- b --> \nc", "\"a\\n\" C\" <!-- b --> \\n\" \"c\"")]
    [InlineData("a\n<!-- b --><!-- c -->\nd", "\"a\\n\" C\"<!-- b -->\" C\"<!-- c -->\\n\" \"d\"")]
    [InlineData("a <!-- b -->\nc", "\"a \" C\"<!-- b -->\" \"\\nc\"")]
    [InlineData("a<!-- b", "\"a\" C\"<!-- b\"")]
    // Extension tags: registered names only, any case, unclosed ones are text.
    [InlineData("<ref name=x>a</ref>", "X(\"ref\" \" name=x\" \"a\" \"</ref>\")")]
    [InlineData("<REF>a</Ref >", "X(\"REF\" \"\" \"a\" \"</Ref >\")")]
    [InlineData("<ref name=x/>", "X(\"ref\" \" name=x\" null null)")]
    [InlineData("<nowiki/>", "X(\"nowiki\" \"\" null null)")]
    [InlineData("<ref>a", "\"<ref>a\"")]
    [InlineData("<references/><refs>", "X(\"references\" \"\" null null) \"<refs>\"")]
    [InlineData("<span>a</span>", "\"<span>a</span>\"")]
    [InlineData("<nowiki>{{a}}</nowiki>", "X(\"nowiki\" \"\" \"{{a}}\" \"</nowiki>\")")]
    // Headings at line starts, with their index.
    [InlineData("== a ==", "H2.1(\"== a ==\")")]
    [InlineData("== a ==\n=== b ===", "H2.1(\"== a ==\") \"\\n\" H3.2(\"=== b ===\")")]
    [InlineData("== a ===", "H2.1(\"== a ===\")")]
    [InlineData("== a == <!-- c -->", "H2.1(\"== a == \" C\"<!-- c -->\")")]
    [InlineData("== a == x", "\"== a == x\"")]
    [InlineData("=====", "H2.1(\"=====\")")]
    [InlineData("==", "\"==\"")]
    [InlineData("{{a|\n== b ==\n}}", "T(\"a\" |#1:\"\\n\" h2.1(\"== b ==\") \"\\n\")")]
    [InlineData("{{a|\n=b}}", "T(\"a\" |\"\\n\" = \"b\")")]
    public void PreprocessToTree_PageView_BuildsMediaWikiTree(string text, string expected)
    {
        // Act
        var tree = WikitextPreprocessor.PreprocessToTree(text, Tags);

        // Assert
        Assert.Equal(expected, TreeDump.Dump(tree.Root));
        Assert.Equal(text, tree.Root.ToString());
        SpanChecker.AssertConsistent(tree.Root, text);
    }

    [Theory]
    [InlineData("a<noinclude>b</noinclude>c", false, "\"a\" I\"<noinclude>\" \"b\" I\"</noinclude>\" \"c\"")]
    [InlineData("a<noinclude>b</noinclude>c", true, "\"a\" I\"<noinclude>b</noinclude>\" \"c\"")]
    [InlineData("a<includeonly>b</includeonly>c", false, "\"a\" I\"<includeonly>b</includeonly>\" \"c\"")]
    [InlineData("a<includeonly>b</includeonly>c", true, "\"a\" I\"<includeonly>\" \"b\" I\"</includeonly>\" \"c\"")]
    [InlineData("a<includeonly>b", false, "\"a\" I\"<includeonly>b\"")]
    [InlineData("a<noinclude>b", true, "\"a\" I\"<noinclude>b\"")]
    [InlineData("a<onlyinclude>b</onlyinclude>c", false, "\"a\" I\"<onlyinclude>\" \"b\" I\"</onlyinclude>\" \"c\"")]
    [InlineData("a<onlyinclude>b</onlyinclude>c<onlyinclude>d</onlyinclude>e", true, "I\"a<onlyinclude>\" \"b\" I\"</onlyinclude>c<onlyinclude>\" \"d\" I\"</onlyinclude>e\"")]
    [InlineData("a<onlyinclude>b", true, "\"a<onlyinclude>b\"")]
    [InlineData("</noinclude>", true, "\"</noinclude>\"")]
    public void PreprocessToTree_IncludeMarkup_DependsOnMode(string text, bool forInclusion, string expected)
    {
        // Act
        var tree = WikitextPreprocessor.PreprocessToTree(text, Tags, forInclusion);

        // Assert
        Assert.Equal(expected, TreeDump.Dump(tree.Root));
        Assert.Equal(text, tree.Root.ToString());
    }

    [Fact]
    public void PreprocessToTree_Headings_CountsEveryHeadingIndex()
    {
        // Act
        var tree = WikitextPreprocessor.PreprocessToTree("== a ==\n{{t|\n== b ==\n}}\n== c ==", Tags);

        // Assert
        Assert.Equal(3, tree.HeadingCount);
        Assert.Equal("H2.1(\"== a ==\") \"\\n\" T(^\"t\" |#1:\"\\n\" h2.2(\"== b ==\") \"\\n\") \"\\n\" H2.3(\"== c ==\")", TreeDump.Dump(tree.Root));
    }
}
