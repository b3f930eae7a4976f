using System.IO.Compression;
using System.Text;

namespace Athenaeum.Storage;

/// <summary>
/// Compresses texts for storage with a fast setting: raw Deflate at level 1 or Brotli at a low quality.
/// Reuses its buffers between calls.
/// </summary>
/// <remarks>Not thread-safe: use one instance per thread (the importer gives each worker its own).</remarks>
public sealed class TextCompressor
{
    /// <summary>The Brotli quality used: 2 is the fastest setting that still finds long matches.</summary>
    public const int BrotliQuality = 2;

    /// <summary>The Brotli window (2^18 bytes covers all but the longest pages).</summary>
    public const int BrotliWindow = 18;

    private readonly MemoryStream _deflateBuffer = new();
    private byte[] _utf8 = new byte[64 * 1024];
    private byte[] _output = new byte[64 * 1024];

    /// <summary>Initializes a new instance of the <see cref="TextCompressor"/> class.</summary>
    /// <param name="codec">The codec to compress with.</param>
    public TextCompressor(TextCodec codec = TextCodec.Deflate)
    {
        Codec = codec;
    }

    /// <summary>Gets the codec this compressor uses.</summary>
    public TextCodec Codec { get; }

    /// <summary>Compresses a text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The compressed text.</returns>
    /// <exception cref="ArgumentException">The text is longer than <see cref="CompressedText.MaxUtf8Length"/> in UTF-8.</exception>
    public CompressedText Compress(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var byteCount = Encoding.UTF8.GetByteCount(text);
        if (byteCount > CompressedText.MaxUtf8Length)
        {
            throw new ArgumentException($"Text of {byteCount} UTF-8 bytes is longer than the limit of {CompressedText.MaxUtf8Length}.", nameof(text));
        }

        if (byteCount > _utf8.Length)
        {
            _utf8 = new byte[Math.Max(byteCount, _utf8.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(text, _utf8);
        var source = _utf8.AsSpan(0, length);
        return Codec switch
        {
            TextCodec.None => new CompressedText(TextCodec.None, source.ToArray(), length),
            TextCodec.Brotli => new CompressedText(TextCodec.Brotli, CompressBrotli(source), length),
            _ => new CompressedText(TextCodec.Deflate, CompressDeflate(source), length),
        };
    }

    private byte[] CompressBrotli(ReadOnlySpan<byte> source)
    {
        var max = BrotliEncoder.GetMaxCompressedLength(source.Length);
        if (max > _output.Length)
        {
            _output = new byte[Math.Max(max, _output.Length * 2)];
        }

        if (!BrotliEncoder.TryCompress(source, _output, out var written, BrotliQuality, BrotliWindow))
        {
            throw new InvalidOperationException("Brotli compression failed although the buffer had the maximum compressed size.");
        }

        return _output.AsSpan(0, written).ToArray();
    }

    private byte[] CompressDeflate(ReadOnlySpan<byte> source)
    {
        _deflateBuffer.SetLength(0);
        using (var deflate = new DeflateStream(_deflateBuffer, new ZLibCompressionOptions { CompressionLevel = 1 }, leaveOpen: true))
        {
            deflate.Write(source);
        }

        return _deflateBuffer.GetBuffer().AsSpan(0, (int)_deflateBuffer.Length).ToArray();
    }
}
