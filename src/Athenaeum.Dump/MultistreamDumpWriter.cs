using System.Globalization;
using System.Text;
using Athenaeum.Dump.Compression;
using Athenaeum.Dump.Input;
using Athenaeum.Dump.Xml;

namespace Athenaeum.Dump;

/// <summary>
/// Writes pages as a Wikimedia-style multistream dump: export 0.11 XML in a bzip2 file made of a header stream
/// (root and siteinfo), streams of <see cref="MultistreamDumpWriterOptions.PagesPerStream"/> pages and a footer
/// stream (<c>&lt;/mediawiki&gt;</c>), with its <c>-index.txt.bz2</c> of <c>offset:pageid:title</c> lines. The XML is
/// byte for byte what Wikimedia's exporter writes for the same pages, except <c>&lt;origin&gt;</c>, which is written as the
/// revision id (<see cref="DumpRevision"/> does not carry it).
/// </summary>
/// <remarks>
/// Streams are compressed on several threads and written in order. Not thread-safe: one caller writes pages in order,
/// then calls <see cref="CompleteAsync"/>. Disposing without completing leaves an incomplete file.
/// </remarks>
public sealed class MultistreamDumpWriter : IAsyncDisposable
{
    private readonly FileStream _dump;
    private readonly Bzip2CompressStream _index;
    private readonly MultistreamDumpWriterOptions _options;
    private readonly int _parallelism;
    private readonly Queue<Task<Chunk>> _compressing = new();
    private StringBuilder _xml = new();
    private List<(long Id, string Title)> _entries = [];
    private bool _completed;

    /// <summary>Initializes a new instance of the <see cref="MultistreamDumpWriter"/> class and writes the header stream.</summary>
    /// <param name="dumpPath">The dump to create (overwritten if it exists).</param>
    /// <param name="siteInfo">The siteinfo to write.</param>
    /// <param name="options">Options, or <see langword="null"/> for Wikimedia's layout.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public MultistreamDumpWriter(string dumpPath, SiteInfo siteInfo, MultistreamDumpWriterOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(dumpPath);
        ArgumentNullException.ThrowIfNull(siteInfo);
        _options = options ?? new MultistreamDumpWriterOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.PagesPerStream, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.BlockSize100k, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(_options.BlockSize100k, 9, nameof(options));
        _parallelism = Math.Max(1, _options.Parallelism ?? Environment.ProcessorCount);
        FilePath = dumpPath;
        IndexPath = _options.IndexPath ?? DefaultIndexPath(dumpPath);
        _dump = new FileStream(dumpPath, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 20);
        _index = new Bzip2CompressStream(new FileStream(IndexPath, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 20), _options.BlockSize100k);
        var header = new StringBuilder();
        ExportXmlWriter.WriteHeader(header, siteInfo);
        WriteStream(Compress(header, []));
    }

    /// <summary>Gets the dump's path.</summary>
    public string FilePath { get; }

    /// <summary>Gets the index's path.</summary>
    public string IndexPath { get; }

    /// <summary>Gets how many bz2 streams have been written so far, the header stream included.</summary>
    public int StreamCount { get; private set; }

    /// <summary>Gets how many pages have been accepted.</summary>
    public long PageCount { get; private set; }

    /// <summary>Writes a whole dump and its index.</summary>
    /// <param name="dumpPath">The dump to create.</param>
    /// <param name="siteInfo">The siteinfo.</param>
    /// <param name="pages">The pages, in order.</param>
    /// <param name="options">Options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>The number of bz2 streams written, header and footer included.</returns>
    public static async Task<int> WriteAsync(string dumpPath, SiteInfo siteInfo, IEnumerable<DumpPage> pages, MultistreamDumpWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pages);
        await using var writer = new MultistreamDumpWriter(dumpPath, siteInfo, options);
        foreach (var page in pages)
        {
            await writer.WriteAsync(page, cancellationToken).ConfigureAwait(false);
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return writer.StreamCount;
    }

    /// <summary>Adds a page; a full stream of pages is compressed in the background.</summary>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels waiting for earlier streams.</param>
    /// <returns>A task that completes when the page is accepted.</returns>
    /// <exception cref="ArgumentException">The page holds a character XML cannot carry.</exception>
    /// <exception cref="InvalidOperationException">The writer is completed.</exception>
    public async Task WriteAsync(DumpPage page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (_completed)
        {
            throw new InvalidOperationException("The dump is already completed.");
        }

        ExportXmlWriter.WritePage(_xml, page);
        _entries.Add((page.Id, page.Title));
        PageCount++;
        if (_entries.Count >= _options.PagesPerStream)
        {
            await FlushPagesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the last pages, the footer stream and the index, and closes both files.</summary>
    /// <param name="cancellationToken">Cancels waiting for compression.</param>
    /// <returns>A task that completes when both files are written.</returns>
    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        if (_completed)
        {
            return;
        }

        if (_entries.Count > 0)
        {
            await FlushPagesAsync(cancellationToken).ConfigureAwait(false);
        }

        while (_compressing.Count > 0)
        {
            WriteStream(await _compressing.Dequeue().WaitAsync(cancellationToken).ConfigureAwait(false));
        }

        WriteStream(Compress(new StringBuilder(ExportXmlWriter.Footer), []));
        _completed = true;
        await _dump.FlushAsync(cancellationToken).ConfigureAwait(false);
        await DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Closes both files (completing nothing: call <see cref="CompleteAsync"/> first).</summary>
    /// <returns>A task that completes when the files are closed.</returns>
    public async ValueTask DisposeAsync()
    {
        foreach (var task in _compressing)
        {
            try
            {
                _ = await task.ConfigureAwait(false);
            }
            catch (ArgumentException)
            {
                // The failure was reported to the caller that queued it, or the writer is being abandoned.
            }
        }

        _compressing.Clear();
        await _index.DisposeAsync().ConfigureAwait(false);
        await _dump.DisposeAsync().ConfigureAwait(false);
    }

    private static string DefaultIndexPath(string dumpPath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(dumpPath)) ?? ".";
        var name = Path.GetFileName(dumpPath);
        name = name.EndsWith(".xml.bz2", StringComparison.OrdinalIgnoreCase) ? name[..^8]
            : name.EndsWith(".bz2", StringComparison.OrdinalIgnoreCase) ? name[..^4]
            : name;
        return Path.Combine(directory, name + "-index.txt.bz2");
    }

    private async Task FlushPagesAsync(CancellationToken cancellationToken)
    {
        var xml = _xml;
        var entries = _entries;
        _xml = new StringBuilder(xml.Capacity);
        _entries = new List<(long, string)>(_options.PagesPerStream);
        _compressing.Enqueue(Task.Run(() => Compress(xml, entries), cancellationToken));
        while (_compressing.Count > _parallelism)
        {
            WriteStream(await _compressing.Dequeue().WaitAsync(cancellationToken).ConfigureAwait(false));
        }
    }

    private Chunk Compress(StringBuilder xml, List<(long Id, string Title)> entries)
    {
        var bytes = Encoding.UTF8.GetBytes(xml.ToString());
        var compressed = new System.Buffers.ArrayBufferWriter<byte>((bytes.Length / 4) + 1024);
        Bzip2CompressStream.CompressStream(bytes, compressed, _options.BlockSize100k);
        return new Chunk(compressed, entries);
    }

    private void WriteStream(Chunk chunk)
    {
        var offset = _dump.Position;
        _dump.Write(chunk.Compressed.WrittenSpan);
        StreamCount++;
        if (chunk.Entries.Count == 0)
        {
            return;
        }

        var lines = new StringBuilder();
        foreach (var (id, title) in chunk.Entries)
        {
            lines.Append(offset.ToString(CultureInfo.InvariantCulture)).Append(':')
                .Append(id.ToString(CultureInfo.InvariantCulture)).Append(':').Append(IndexLineReader.Escape(title)).Append('\n');
        }

        _index.Write(Encoding.UTF8.GetBytes(lines.ToString()));
    }

    private sealed record Chunk(System.Buffers.ArrayBufferWriter<byte> Compressed, List<(long Id, string Title)> Entries);
}
