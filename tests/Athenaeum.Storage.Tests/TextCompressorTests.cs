namespace Athenaeum.Storage.Tests;

public sealed class TextCompressorTests
{
    public static TheoryData<TextCodec> Codecs => [TextCodec.None, TextCodec.Deflate, TextCodec.Brotli];

    [Theory]
    [MemberData(nameof(Codecs))]
    public void Compress_ThenDecompress_RoundTripsUnicodeText(TextCodec codec)
    {
        // Arrange
        var compressor = new TextCompressor(codec);
        var text = string.Concat(Enumerable.Repeat("'''Ɔkwan''' [[Ghana|Gaana]] 😀 {{Infobox|a=b}}\n", 2000));

        // Act
        var compressed = compressor.Compress(text);
        var again = compressor.Compress("second");

        // Assert
        Assert.Equal(codec, compressed.Codec);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(text), compressed.Utf8Length);
        Assert.Equal(text, compressed.Decompress());
        Assert.Equal("second", again.Decompress());
        if (codec != TextCodec.None)
        {
            Assert.True(compressed.Data.Length < compressed.Utf8Length / 10);
        }
    }

    [Fact]
    public void Compress_EmptyText_RoundTrips()
    {
        // Act
        var compressed = new TextCompressor().Compress("");

        // Assert
        Assert.Equal("", compressed.Decompress());
    }

    [Fact]
    public void Decompress_CorruptData_ThrowsInvalidDataException()
    {
        // Arrange
        var corrupt = new CompressedText(TextCodec.Brotli, [1, 2, 3, 4], 100);

        // Act & Assert
        Assert.Throws<InvalidDataException>(corrupt.Decompress);
    }

    [Fact]
    public void Decompress_WrongLength_ThrowsInvalidDataException()
    {
        // Arrange
        var compressed = new TextCompressor(TextCodec.Deflate).Compress("short text");
        var lying = compressed with { Utf8Length = 1000 };

        // Act & Assert
        Assert.Throws<InvalidDataException>(lying.Decompress);
    }
}
