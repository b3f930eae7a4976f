using System.Globalization;
using Athenaeum.Dump.Compression;
using Athenaeum.Dump.Input;
using Athenaeum.Dump.Xml;

namespace Athenaeum.Dump;

/// <summary>Opening: detecting the kind of file and building its input.</summary>
public sealed partial class DumpReader
{
    /// <summary>The most decompressed bytes the first bz2 stream may hold for the file to count as multistream.</summary>
    private const long HeaderStreamLimit = 4L << 20;

    /// <summary>Opens a dump: detects its kind from its content, finds its index, and reads its siteinfo.</summary>
    /// <param name="path">The dump file (.xml, .xml.bz2, or a multistream .xml.bz2).</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <returns>A reader positioned before the first page.</returns>
    /// <exception cref="DumpFormatException">
    /// The file is missing, is not a MediaWiki export, is corrupt, has an unsupported schema version, or does not match
    /// its index; or <see cref="DumpReaderOptions.StartOffset"/> is not a stream of the dump.
    /// </exception>
    /// <exception cref="ArgumentException">An option is out of range, or StartOffset is set for a dump that is not multistream.</exception>
    public static Task<DumpReader> OpenAsync(string path, DumpReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= new DumpReaderOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.StartOffset, nameof(options));
        if (options.Parallelism is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Parallelism, "Parallelism must be at least 1.");
        }

        return Task.Run(() => Open(path, options, cancellationToken), cancellationToken);
    }

    private static DumpReader Open(string path, DumpReaderOptions options, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new DumpFormatException(path, 0, null, Directory.Exists(path) ? "this is a directory, not a dump file" : "the dump file does not exist");
        }

        var (kind, source, indexPath, totalBytes) = OpenSource(path, options);
        ExportXmlParser? parser = null;
        try
        {
            using var registration = cancellationToken.Register(source.Stop);
            parser = new ExportXmlParser(path, source, options);
            var siteInfo = parser.ReadHeader();
            cancellationToken.ThrowIfCancellationRequested();
            return new DumpReader(path, kind, totalBytes, indexPath, source, parser, siteInfo);
        }
        catch
        {
            parser?.Dispose();
            source.Dispose();
            throw;
        }
    }

    private static (DumpKind Kind, XmlInputSource Source, string? IndexPath, long Length) OpenSource(string path, DumpReaderOptions options)
    {
        long length;
        DecodedStream? header = null;
        bool multistream;
        using (var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read))
        {
            length = RandomAccess.GetLength(file);
            Span<byte> head = stackalloc byte[16];
            var headLength = RandomAccess.Read(file, head, 0);
            if (!Bzip2StreamHeader.IsStreamStart(head[..headLength]))
            {
                RejectOtherCompression(path, head[..headLength]);
                RequireNoStartOffset(options);
                RequireNoIndex(path, options);
                return (DumpKind.Xml, new PlainFileSource(path), null, length);
            }

            // A Wikimedia multistream dump starts with a small stream holding only the siteinfo, and more streams
            // follow. A single-stream file is one big stream: stop decoding it early. A fault in the first stream
            // is left to the sequential reader, which reports it after the pages before it.
            using var decoder = new StreamDecoder(file, path, length);
            header = decoder.Decode(0, HeaderStreamLimit);
            multistream = header.IsComplete && header.End < length && IsStreamStartAt(file, header.End);
        }

        if (!multistream)
        {
            header.Release();
            RequireNoStartOffset(options);
            RequireNoIndex(path, options);
            return (DumpKind.Bzip2, new SequentialBzip2Source(path, null, 0, multistream: false), null, length);
        }

        try
        {
            var (source, indexPath) = OpenMultistream(path, options, header, length);
            return (DumpKind.Bzip2Multistream, source, indexPath, length);
        }
        catch
        {
            header.Release();
            throw;
        }
    }

    private static (XmlInputSource Source, string? IndexPath) OpenMultistream(string path, DumpReaderOptions options, DecodedStream header, long length)
    {
        string? indexPath = null;
        if (options.UseIndex)
        {
            indexPath = options.IndexPath ?? MultistreamIndex.FindBesideDump(path);
            if (indexPath is not null && !File.Exists(indexPath))
            {
                throw new DumpFormatException(indexPath, 0, null, "the multistream index file does not exist");
            }
        }

        var firstOffset = header.End;
        if (options.StartOffset != 0)
        {
            using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (options.StartOffset < header.End || options.StartOffset >= length || !IsStreamStartAt(file, options.StartOffset))
            {
                throw new DumpFormatException(path, options.StartOffset, null, "StartOffset is not the offset of a bz2 stream of pages in this dump");
            }

            firstOffset = options.StartOffset;
        }

        IStreamStartProvider? starts = null;
        try
        {
            if (indexPath is not null)
            {
                var indexStarts = new IndexStreamStarts(indexPath, firstOffset);
                starts = indexStarts;
                if (options.StartOffset != 0 && !indexStarts.ListsMinimum())
                {
                    throw new DumpFormatException(path, options.StartOffset, null, string.Create(
                        CultureInfo.InvariantCulture,
                        $"StartOffset is not a stream offset listed in the multistream index {Path.GetFileName(indexPath)}"));
                }
            }

            var parallelism = options.Parallelism ?? Environment.ProcessorCount;
            if (parallelism <= 1)
            {
                starts?.Dispose();
                return (new SequentialBzip2Source(path, header, firstOffset, multistream: true), indexPath);
            }

            starts ??= new ScannedStreamStarts(path, firstOffset);
            return (new ParallelMultistreamSource(path, indexPath, header, firstOffset, starts, parallelism), indexPath);
        }
        catch
        {
            starts?.Dispose();
            throw;
        }
    }

    private static bool IsStreamStartAt(Microsoft.Win32.SafeHandles.SafeFileHandle file, long offset)
    {
        Span<byte> head = stackalloc byte[Bzip2StreamHeader.Length];
        var read = RandomAccess.Read(file, head, offset);
        return Bzip2StreamHeader.IsStreamStart(head[..read]);
    }

    private static void RequireNoStartOffset(DumpReaderOptions options)
    {
        if (options.StartOffset != 0)
        {
            throw new ArgumentException("StartOffset applies only to multistream bz2 dumps; this dump is not one.", nameof(options));
        }
    }

    private static void RequireNoIndex(string path, DumpReaderOptions options)
    {
        if (options.UseIndex && options.IndexPath is not null)
        {
            throw new DumpFormatException(options.IndexPath, 0, null, $"the multistream index does not match the dump: {Path.GetFileName(path)} is not a multistream bz2 file");
        }
    }

    private static void RejectOtherCompression(string path, ReadOnlySpan<byte> head)
    {
        string? format = head switch
        {
            [0x1F, 0x8B, ..] => "gzip",
            [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00, ..] => "xz",
            [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, ..] => "7-Zip",
            [0x28, 0xB5, 0x2F, 0xFD, ..] => "zstd",
            [0x50, 0x4B, 0x03, 0x04, ..] => "zip",
            [0x42, 0x5A, 0x68, ..] => "damaged bzip2",
            _ => null,
        };
        if (format is not null)
        {
            throw new DumpFormatException(path, 0, null, $"the file is {format} data; only plain XML and bzip2 dumps can be read");
        }
    }
}
