namespace Athenaeum.Dump.Compression;

/// <summary>
/// Recognizes the start of a bzip2 stream: "BZh" and a block-size digit 1 to 9, followed by the 48-bit magic of a
/// block (0x314159265359, π) or of the end of stream (0x177245385090, √π) for an empty stream. Streams of a
/// multistream file start at byte boundaries, so a byte-wise search finds every real start (and, rarely, a false
/// one inside compressed data, which decompression rejects).
/// </summary>
internal static class Bzip2StreamHeader
{
    /// <summary>The length of the pattern: "BZh", the digit and the 6-byte magic.</summary>
    public const int Length = 10;

    private static ReadOnlySpan<byte> Signature => "BZh"u8;

    private static ReadOnlySpan<byte> BlockMagic => [0x31, 0x41, 0x59, 0x26, 0x53, 0x59];

    private static ReadOnlySpan<byte> EndMagic => [0x17, 0x72, 0x45, 0x38, 0x50, 0x90];

    /// <summary>Tells whether <paramref name="data"/> starts with a bzip2 stream header.</summary>
    /// <param name="data">At least <see cref="Length"/> bytes to be conclusive.</param>
    /// <returns><see langword="true"/> when the bytes start a bzip2 stream.</returns>
    public static bool IsStreamStart(ReadOnlySpan<byte> data)
    {
        if (data.Length < Length || !data.StartsWith(Signature) || data[3] < (byte)'1' || data[3] > (byte)'9')
        {
            return false;
        }

        var magic = data.Slice(4, 6);
        return magic.SequenceEqual(BlockMagic) || magic.SequenceEqual(EndMagic);
    }

    /// <summary>Finds the first stream header in <paramref name="data"/> at or after <paramref name="from"/>.</summary>
    /// <param name="data">The bytes to search.</param>
    /// <param name="from">The first index to consider.</param>
    /// <returns>The index of the header, or -1 when none starts at an index whose 10 bytes are all in <paramref name="data"/>.</returns>
    public static int Find(ReadOnlySpan<byte> data, int from)
    {
        var position = from;
        while (position <= data.Length - Length)
        {
            var found = data[position..].IndexOf(Signature);
            if (found < 0)
            {
                return -1;
            }

            position += found;
            if (position > data.Length - Length)
            {
                return -1;
            }

            if (IsStreamStart(data[position..]))
            {
                return position;
            }

            position++;
        }

        return -1;
    }
}
