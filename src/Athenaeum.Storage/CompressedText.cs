using System.IO.Compression;
using System.Text;

namespace Athenaeum.Storage;

/// <summary>A text stored compressed: the codec, the compressed UTF-8 bytes and the uncompressed byte length.</summary>
/// <param name="Codec">How <paramref name="Data"/> is compressed.</param>
/// <param name="Data">The compressed bytes.</param>
/// <param name="Utf8Length">The length of the text in UTF-8 bytes.</param>
/// <remarks>Immutable by convention: the array must not be changed after construction.</remarks>
public sealed record CompressedText(TextCodec Codec, byte[] Data, int Utf8Length)
{
    /// <summary>The largest text accepted, in UTF-8 bytes (MediaWiki's default <c>$wgMaxArticleSize</c> is 2 MiB; dumps stay far below this).</summary>
    public const int MaxUtf8Length = 64 * 1024 * 1024;

    /// <summary>Decompresses the text.</summary>
    /// <returns>The text.</returns>
    /// <exception cref="InvalidDataException">The data is corrupt or does not match its recorded length.</exception>
    public string Decompress()
    {
        if (Utf8Length < 0 || Utf8Length > MaxUtf8Length)
        {
            throw new InvalidDataException($"Stored text length {Utf8Length} is outside 0..{MaxUtf8Length}.");
        }

        if (Codec == TextCodec.None)
        {
            return Encoding.UTF8.GetString(Data);
        }

        var buffer = new byte[Utf8Length];
        switch (Codec)
        {
            case TextCodec.Brotli:
                if (!BrotliDecoder.TryDecompress(Data, buffer, out var written) || written != Utf8Length)
                {
                    throw new InvalidDataException("Stored Brotli text is corrupt or shorter than its recorded length.");
                }

                break;
            case TextCodec.Deflate:
                using (var stream = new DeflateStream(new MemoryStream(Data, writable: false), CompressionMode.Decompress))
                {
                    try
                    {
                        stream.ReadExactly(buffer);
                    }
                    catch (EndOfStreamException ex)
                    {
                        throw new InvalidDataException("Stored Deflate text is shorter than its recorded length.", ex);
                    }
                }

                break;
            default:
                throw new InvalidDataException($"Unknown text codec {(int)Codec}.");
        }

        return Encoding.UTF8.GetString(buffer);
    }

    /// <summary>Opens the text for reading from its start, decompressing only as far as it is read.</summary>
    /// <param name="bufferSize">
    /// The bytes decompressed at a time (at least 128): a read decompresses at least this much, so a reader that
    /// usually needs only the start of a text (a snippet's first match is often in the lead) should keep it small.
    /// </param>
    /// <returns>A reader of the text; dispose it.</returns>
    /// <exception cref="InvalidDataException">The codec is unknown.</exception>
    public TextReader OpenReader(int bufferSize = 4096)
    {
        bufferSize = Math.Max(128, bufferSize);
        var source = new MemoryStream(Data, writable: false);
        Stream stream = Codec switch
        {
            TextCodec.None => source,
            TextCodec.Deflate => new DeflateStream(source, CompressionMode.Decompress),
            TextCodec.Brotli => new BrotliStream(source, CompressionMode.Decompress),
            _ => throw new InvalidDataException($"Unknown text codec {(int)Codec}."),
        };
        return new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: bufferSize);
    }
}
