using System.Globalization;
using Athenaeum.Dump.Input;
using Athenaeum.Dump.Xml;

namespace Athenaeum.Dump;

/// <summary>Reading one page of a multistream dump through its index, without reading the rest of the dump.</summary>
public sealed partial class DumpReader
{
    /// <summary>Reads one page of a multistream dump by title: finds it in the index, then decompresses only its stream.</summary>
    /// <param name="dumpPath">The multistream dump.</param>
    /// <param name="title">The full title, as in the dump.</param>
    /// <param name="options">Options; <see cref="DumpReaderOptions.IndexPath"/> names the index when it is not beside the dump.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page, or <see langword="null"/> when the index does not list the title.</returns>
    /// <exception cref="DumpFormatException">There is no index, the dump is corrupt, or the index does not match the dump.</exception>
    public static async Task<DumpPage?> ReadPageAsync(string dumpPath, string title, DumpReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(dumpPath);
        ArgumentNullException.ThrowIfNull(title);
        var entry = await MultistreamIndex.FindAsync(RequireIndex(dumpPath, options), title, cancellationToken).ConfigureAwait(false);
        return entry is null ? null : await ReadPageAsync(dumpPath, entry, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads one page of a multistream dump by page id: finds it in the index, then decompresses only its stream.</summary>
    /// <param name="dumpPath">The multistream dump.</param>
    /// <param name="pageId">The page id.</param>
    /// <param name="options">Options; <see cref="DumpReaderOptions.IndexPath"/> names the index when it is not beside the dump.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page, or <see langword="null"/> when the index does not list the id.</returns>
    /// <exception cref="DumpFormatException">There is no index, the dump is corrupt, or the index does not match the dump.</exception>
    public static async Task<DumpPage?> ReadPageAsync(string dumpPath, long pageId, DumpReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(dumpPath);
        var entry = await MultistreamIndex.FindAsync(RequireIndex(dumpPath, options), pageId, cancellationToken).ConfigureAwait(false);
        return entry is null ? null : await ReadPageAsync(dumpPath, entry, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the page an index entry names: decompresses the header stream and the entry's stream only.</summary>
    /// <param name="dumpPath">The multistream dump.</param>
    /// <param name="entry">An entry of the dump's index (for example from a loaded <see cref="MultistreamIndex"/>).</param>
    /// <param name="options">Options (limits).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page.</returns>
    /// <exception cref="DumpFormatException">
    /// The dump is missing or corrupt, or does not match the entry: no stream at its offset, or no page with its id in that stream.
    /// </exception>
    public static Task<DumpPage> ReadPageAsync(string dumpPath, MultistreamIndexEntry entry, DumpReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(dumpPath);
        ArgumentNullException.ThrowIfNull(entry);
        return Task.Run(() => ReadIndexedPage(dumpPath, entry, options ?? new DumpReaderOptions(), cancellationToken), cancellationToken);
    }

    private static string RequireIndex(string dumpPath, DumpReaderOptions? options)
    {
        if (!File.Exists(dumpPath))
        {
            throw new DumpFormatException(dumpPath, 0, null, "the dump file does not exist");
        }

        var indexPath = options?.IndexPath ?? MultistreamIndex.FindBesideDump(dumpPath);
        return indexPath ?? throw new DumpFormatException(
            dumpPath, 0, null, "no multistream index: expected <name>-index.txt.bz2 beside the dump, or DumpReaderOptions.IndexPath");
    }

    private static DumpPage ReadIndexedPage(string dumpPath, MultistreamIndexEntry entry, DumpReaderOptions options, CancellationToken cancellationToken)
    {
        if (!File.Exists(dumpPath))
        {
            throw new DumpFormatException(dumpPath, 0, null, "the dump file does not exist");
        }

        using var file = File.OpenHandle(dumpPath, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(file);
        using var decoder = new StreamDecoder(file, dumpPath, length);
        var header = decoder.Decode(0, HeaderStreamLimit);
        var stream = decoder.Decode(entry.StreamOffset, ParallelMultistreamSource.MaxBufferedStreamBytes);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (header.NotAStreamStart || header.Oversized || (header.Error is null && header.End >= length))
            {
                throw new DumpFormatException(dumpPath, 0, entry.Title, "the dump is not a multistream bz2 file, so its index cannot be used");
            }

            if (header.Error is not null)
            {
                throw header.Error;
            }

            if (stream.NotAStreamStart)
            {
                throw new DumpFormatException(dumpPath, entry.StreamOffset, entry.Title, "the multistream index does not match the dump: no bz2 stream starts at this offset");
            }

            if (stream.Error is not null)
            {
                throw new DumpFormatException(stream.Error.FilePath, stream.Error.ByteOffset, entry.Title, stream.Error.Problem, stream.Error);
            }

            if (stream.Oversized)
            {
                throw new DumpFormatException(dumpPath, entry.StreamOffset, entry.Title, string.Create(
                    CultureInfo.InvariantCulture,
                    $"the bz2 stream decompresses to more than {ParallelMultistreamSource.MaxBufferedStreamBytes} bytes; read the dump sequentially instead"));
            }

            // The header stream opens <mediawiki> and the siteinfo, the page stream holds whole pages: close the root.
            var source = new BufferedStreamsSource(
            [
                (header.ToArray(), 0),
                (stream.ToArray(), entry.StreamOffset),
                ("</mediawiki>"u8.ToArray(), stream.End),
            ]);
            using var parser = new ExportXmlParser(dumpPath, source, options);
            _ = parser.ReadHeader();
            while (parser.ReadNextPage() is { } page)
            {
                if (page.Id == entry.PageId)
                {
                    return page;
                }
            }

            throw new DumpFormatException(dumpPath, entry.StreamOffset, entry.Title, string.Create(
                CultureInfo.InvariantCulture,
                $"the multistream index does not match the dump: page id {entry.PageId} is not in the bz2 stream at this offset"));
        }
        finally
        {
            header.Release();
            stream.Release();
        }
    }
}
