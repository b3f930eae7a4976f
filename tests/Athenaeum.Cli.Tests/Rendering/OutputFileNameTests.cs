using Athenaeum.Cli.Rendering;

namespace Athenaeum.Cli.Tests.Rendering;

public sealed class OutputFileNameTests
{
    [Theory]
    [InlineData("Foo bar/baz", "Foo_bar%2Fbaz")]
    [InlineData("Ɔbɛsɛ", "%C6%86b%C9%9Bs%C9%9B")]
    [InlineData("Đờn ca tài tử", "%C4%90%E1%BB%9Dn_ca_t%C3%A0i_t%E1%BB%AD")]
    [InlineData("Template:Infobox film", "Template%3AInfobox_film")]
    [InlineData("AT&T 100% (a+b)?", "AT%26T_100%25_%28a%2Bb%29%3F")]
    [InlineData("a-b.c~d_e", "a-b.c~d_e")]
    [InlineData("Émile \"Zola\"", "%C3%89mile_%22Zola%22")]
    public void Stem_Title_IsPercentEncodedWithUnderscores(string title, string expected)
    {
        // Act
        var stem = OutputFileName.Stem(title);

        // Assert
        Assert.Equal(expected, stem);
    }

    [Theory]
    [InlineData("fatwiki")]
    [InlineData("enwiki-sample")]
    public void Stem_EveryOracleTitle_IsTheOracleFileName(string folder)
    {
        // Arrange: index.tsv holds name, page_id, title, … per oracle page.
        var rows = File.ReadAllLines(CorpusPaths.Get($"oracle/{folder}/index.tsv"))
            .Skip(1)
            .Select(l => l.Split('\t'))
            .ToList();

        // Act
        var mismatches = rows.Where(r => !string.Equals(OutputFileName.Stem(r[2]), r[0], StringComparison.Ordinal)).Select(r => r[2]).ToList();

        // Assert
        Assert.True(rows.Count > 100, "the oracle index is unexpectedly small");
        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData("Foo bar/baz")]
    [InlineData("Nhwɛdo:Databox")]
    [InlineData("100% sure?")]
    public void Title_OfStem_GivesTheTitleBack(string title)
    {
        // Act
        var back = OutputFileName.Title(OutputFileName.Stem(title));

        // Assert
        Assert.Equal(title, back);
    }
}
