using System.IO.Compression;
using Athenaeum.Storage;
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

    [Theory]
    [InlineData(TextCodec.Deflate, 30)]
    [InlineData(TextCodec.Deflate, 4093)]
    [InlineData(TextCodec.Brotli, 3581)]
    [InlineData(TextCodec.None, 20_000)]
    public void Snippet_StoredCompressedText_IsMarkedWithTextAroundIt(TextCodec codec, int position)
    {
        var text = new string('x', position - 1) + " Lantern keepers\nof the coast " + new string('y', 5000);
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        using var reader = new CompressedText(codec, Compress(codec, bytes), bytes.Length).OpenReader();

        var snippet = SearchService.Snippet(reader, ["lantern"]);

        Assert.Contains("<mark>Lantern</mark> keepers of the coast", snippet, StringComparison.Ordinal);
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

    private static byte[] Compress(TextCodec codec, byte[] bytes)
    {
        if (codec == TextCodec.None)
        {
            return bytes;
        }

        using var output = new MemoryStream();
        using (Stream stream = codec == TextCodec.Brotli
            ? new BrotliStream(output, CompressionLevel.Fastest)
            : new DeflateStream(output, CompressionLevel.Fastest))
        {
            stream.Write(bytes);
        }

        return output.ToArray();
    }
}
