using Athenaeum.Dump.Input;
using Athenaeum.Dump.Xml;

namespace Athenaeum.Dump;

/// <summary>
/// Streams the pages of a MediaWiki XML dump: plain XML (UTF-8 or UTF-16), a bzip2 file, or a Wikimedia
/// multistream bzip2 file, whose streams are decompressed in parallel. Memory stays bounded whatever the dump's size.
/// </summary>
/// <remarks>
/// <para>Open with <see cref="OpenAsync"/>, which detects the kind of file by its content and reads the siteinfo;
/// then enumerate <see cref="ReadPagesAsync"/> once. Pages come out in dump order. A fault (corrupt or truncated
/// data, malformed XML) is a <see cref="DumpFormatException"/> raised after every page read before it.</para>
/// <para>One thread enumerates; <see cref="BytesRead"/> and <see cref="UncompressedBytesRead"/> may be read from any
/// thread (for progress). Dispose the reader to stop its threads.</para>
/// </remarks>
public sealed partial class DumpReader : IAsyncDisposable, IDisposable
{
    private readonly XmlInputSource _source;
    private readonly ExportXmlParser _parser;
    private readonly CancellationTokenSource _stopping = new();
    private Task _parsing = Task.CompletedTask;
    private int _enumerated;
    private int _disposed;

    private DumpReader(string filePath, DumpKind kind, long totalBytes, string? indexPath, XmlInputSource source, ExportXmlParser parser, SiteInfo siteInfo)
    {
        FilePath = filePath;
        Kind = kind;
        TotalBytes = totalBytes;
        IndexPath = indexPath;
        _source = source;
        _parser = parser;
        SiteInfo = siteInfo;
    }

    /// <summary>Gets the export's site information (name, language, namespaces, schema version).</summary>
    public SiteInfo SiteInfo { get; }

    /// <summary>Gets the dump's path, as given to <see cref="OpenAsync"/>.</summary>
    public string FilePath { get; }

    /// <summary>Gets the kind of file, detected from its content.</summary>
    public DumpKind Kind { get; }

    /// <summary>Gets the multistream index in use, or <see langword="null"/> (no index, or not a multistream dump).</summary>
    public string? IndexPath { get; }

    /// <summary>Gets the size of the file on disk.</summary>
    public long TotalBytes { get; }

    /// <summary>Gets how many bytes of the file have been consumed so far (thread-safe; for MB/s and ETA).</summary>
    public long BytesRead => _source.BytesRead;

    /// <summary>Gets how many bytes of XML have been parsed so far (thread-safe).</summary>
    public long UncompressedBytesRead => _parser.UncompressedBytesRead;

    /// <summary>Gets the input source, for tests that inspect buffering.</summary>
    internal XmlInputSource Source => _source;

    /// <summary>Stops reading and releases the file and the worker threads.</summary>
    /// <returns>A task that completes when every thread has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync();
        _source.Stop();
        await _parsing.ConfigureAwait(false);
        Release();
    }

    /// <summary>Stops reading and releases the file and the worker threads, waiting for them.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _stopping.Cancel();
        _source.Stop();
        _parsing.GetAwaiter().GetResult();
        Release();
    }

    private void Release()
    {
        _parser.Dispose();
        _source.Dispose();
        _stopping.Dispose();
    }
}
