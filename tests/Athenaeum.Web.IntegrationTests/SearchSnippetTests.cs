using Athenaeum.Web.Search;

namespace Athenaeum.Web.IntegrationTests;

public sealed class SearchSnippetTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(4093)] // the word spans the reader's first 4,096-character read
    [InlineData(100_000)]
    public void Snippet_WordAtPosition_IsMarkedWithTextAroundIt(int position)
    {
        var text = new string('x', position - 1) + " Lantern keepers\nof the coast " + new string('y', 5000);
        using var reader = new StringReader(text);

        var snippet = SearchService.Snippet(reader, ["lantern"]);

        Assert.Contains("<mark>Lantern</mark> keepers of the coast", snippet, StringComparison.Ordinal);
        Assert.Equal(position > 100, snippet.StartsWith("… ", StringComparison.Ordinal));
    }

    [Fact]
    public void Snippet_WordNotAtWordStart_IsNotMarked()
    {
        using var reader = new StringReader("Gaslantern is one word; a lantern is another <b>");

        var snippet = SearchService.Snippet(reader, ["lantern"]);

        Assert.Equal("Gaslantern is one word; a <mark>lantern</mark> is another &lt;b&gt;", snippet);
    }

    [Fact]
    public void Snippet_NoMatch_StartsAtTheBeginningWithoutMarks()
    {
        using var reader = new StringReader("Plain words only.");

        Assert.Equal("Plain words only.", SearchService.Snippet(reader, ["absent"]));
    }
}
