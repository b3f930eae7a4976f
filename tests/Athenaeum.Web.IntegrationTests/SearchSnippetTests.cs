using System.IO.Compression;
using Athenaeum.Storage;
using Athenaeum.Web.Search;

namespace Athenaeum.Web.IntegrationTests;

public sealed class SearchSnippetTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(900)] // found in the first 1,024-character read; its snippet needs more
    [InlineData(1021)] // the word spans the first read
    [InlineData(4093)]
    [InlineData(100_000)]
    public void Snippet_WordAtPosition_IsMarkedWithTextAroundIt(int position)
    {
        var text = new string('x', position - 1) + " Lantern keepers\nof the coast " + new string('y', 5000);
        using var reader = new StringReader(text);

        var snippet = SearchService.Snippet(reader, ["lantern"]);

        Assert.Contains("<mark>Lantern</mark> keepers of the coast " + new string('y', 100), snippet, StringComparison.Ordinal);
        Assert.Equal(position > 100, snippet.StartsWith("… ", StringComparison.Ordinal));
        Assert.EndsWith(" …", snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TextCodec.Deflate, 30, 4096)]
    [InlineData(TextCodec.Deflate, 4093, 4096)]
    [InlineData(TextCodec.Deflate, 30, 1024)]
    [InlineData(TextCodec.Deflate, 1019, 1024)]
    [InlineData(TextCodec.Deflate, 9000, 1024)]
    [InlineData(TextCodec.Brotli, 3581, 1024)]
    [InlineData(TextCodec.None, 20_000, 1024)]
    public void Snippet_StoredCompressedText_IsMarkedWithTextAroundIt(TextCodec codec, int position, int bufferSize)
    {
        // Multi-byte characters before the word: the reader's byte buffer and the characters read do not line up.
        var text = new string('é', position - 1) + " Lantern keepers\nof the coast " + new string('y', 5000);
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        using var reader = new CompressedText(codec, Compress(codec, bytes), bytes.Length).OpenReader(bufferSize);

        var snippet = SearchService.Snippet(reader, ["lantern"]);

        Assert.Contains("<mark>Lantern</mark> keepers of the coast " + new string('y', 100), snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Snippet_OnlyTheTitleMatched_IsTheStartOfTheTextWithoutSearchingIt()
    {
        // The word is far into the text (the tokenizer and the snippet's matching may differ), and the index said the text does not match.
        var text = "Cliffs and gulls above the bay. " + new string('y', 50_000) + " lantern";
        using var reader = new StringReader(text);

        var snippet = SearchService.Snippet(reader, ["lantern"], textMatches: false);

        Assert.StartsWith("Cliffs and gulls above the bay. yyy", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", snippet, StringComparison.Ordinal);
        Assert.Equal(text.Length - 300, reader.ReadToEnd().Length);
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
