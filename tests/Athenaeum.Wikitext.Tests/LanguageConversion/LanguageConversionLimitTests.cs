using System.Text;
using Athenaeum.Wikitext.LanguageConversion;

namespace Athenaeum.Wikitext.Tests.LanguageConversion;

/// <summary>The bounds conversion keeps on hostile pages: output, nesting and replacement tables.</summary>
public sealed class LanguageConversionLimitTests
{
    [Fact]
    public void Render_TenNestedDescribeBlocks_StopsAtTheOutputLimit()
    {
        // Arrange: each "D" level shows its text once per Chinese variant, so ten levels would be 9^10 copies.
        var inner = new string('x', 1_000);
        var wikitext = string.Concat(Enumerable.Repeat("-{H;D|", 10)) + inner + string.Concat(Enumerable.Repeat("}-", 10));

        // Act
        var html = VariantRendering.Render(wikitext, "zh", "zh-tw").Html;

        // Assert
        Assert.Contains("Language converter output limit exceeded", html, StringComparison.Ordinal);
        Assert.True(html.Length < ConversionSession.MaxOutputCharacters * 10, $"{html.Length} characters");
    }

    [Fact]
    public void Render_BlocksNestedThroughTitleAttributes_CountTowardsTheDepthLimit()
    {
        // Arrange: a block whose text is a span whose title holds a block, and so on, twelve deep. Each title is
        // converted on its own, which used to restart the depth count at 1.
        var text = "x";
        for (var i = 0; i < 12; i++)
        {
            text = "-{<span title=\"" + text.Replace("\"", "&quot;", StringComparison.Ordinal) + "\">y</span>}-";
        }

        // Act
        var html = VariantRendering.Render(text, "sr", "sr-el").Html;

        // Assert
        Assert.Contains("Language converter depth limit exceeded (10)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_KeyLongerThanTheLimit_IsNotAdded()
    {
        // Arrange
        var table = new ReplacementTable();
        var longKey = new string('a', ReplacementTable.MaxKeyLength + 1);

        // Act
        table.Set(longKey, "b");
        table.Set("a", "c");

        // Assert
        Assert.Equal(1, table.Count);
        Assert.Equal("c" + new string('c', ReplacementTable.MaxKeyLength), table.Replace(longKey));
    }

    [Fact]
    public void Set_PastTheKeyCharacterBudget_AddsNoMore()
    {
        // Arrange: 100-character keys that part after their first characters (so each takes ~95 trie nodes),
        // twice as many as the budget could hold without sharing.
        var table = new ReplacementTable();
        var keys = ReplacementTable.MaxKeyCharacters / 100 * 2;
        string Key(int i) => (i.ToString(System.Globalization.CultureInfo.InvariantCulture) + new string('x', 100))[..100];

        // Act
        for (var i = 0; i < keys; i++)
        {
            table.Set(Key(i), "k");
        }

        // Assert: the first keys are in, the last are not.
        Assert.InRange(table.Count, keys / 4, keys - 1);
        Assert.Equal("k", table.Replace(Key(0)));
        Assert.Equal(Key(keys - 1), table.Replace(Key(keys - 1)));
    }

    [Fact]
    public void Replace_ManyKeysSharingTheirStart_MatchesTheLongestAtEachPosition()
    {
        // Arrange: keys a, aa, … a^128 (the worst case for trying every length at every position) over "aaa…b".
        var table = new ReplacementTable();
        for (var length = 1; length <= ReplacementTable.MaxKeyLength; length++)
        {
            table.Set(new string('a', length), length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";");
        }

        var text = new StringBuilder().Append('a', (ReplacementTable.MaxKeyLength * 3) + 5).Append('b').ToString();

        // Act
        var result = table.Replace(text);

        // Assert: three longest matches, then the 5 left over, then the untouched b.
        Assert.Equal("128;128;128;5;b", result);
    }

    [Fact]
    public void Remove_AKey_LeavesItsPrefixesAndLongerKeys()
    {
        // Arrange
        var table = new ReplacementTable([new("a", "1"), new("ab", "2"), new("abc", "3")]);

        // Act
        table.Remove("ab");

        // Assert
        Assert.Equal(2, table.Count);
        Assert.Equal("1b3", table.Replace("ababc"));
    }
}
