using System.Globalization;
using System.Text;
using Athenaeum.Dump.Input;

namespace Athenaeum.Dump;

/// <summary>
/// The index of a Wikimedia multistream dump (<c>&lt;name&gt;-index.txt.bz2</c>): one <c>offset:pageid:title</c>
/// line per page, where <c>offset</c> is the byte offset of the bz2 stream holding the page. Titles may contain ':'
/// and are HTML-escaped in Wikimedia's indexes ('&amp;' as <c>&amp;amp;</c>, '"' as <c>&amp;quot;</c>); entries hold them
/// unescaped, and lookups accept both forms in the file.
/// </summary>
/// <remarks>
/// <see cref="LoadAsync"/> keeps every entry in memory (fine up to a few million pages); the static
/// <see cref="FindAsync(string, string, CancellationToken)"/> methods scan the file without keeping it.
/// A loaded instance is immutable and thread-safe.
/// </remarks>
public sealed class MultistreamIndex
{
    private readonly List<MultistreamIndexEntry> _entries;
    private readonly List<long> _streamOffsets;
    private readonly Dictionary<string, int> _byTitle;
    private readonly Dictionary<long, int> _byId;

    private MultistreamIndex(string filePath, List<MultistreamIndexEntry> entries, List<long> streamOffsets)
    {
        FilePath = filePath;
        _entries = entries;
        _streamOffsets = streamOffsets;
        _byTitle = new Dictionary<string, int>(entries.Count, StringComparer.Ordinal);
        _byId = new Dictionary<long, int>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            _ = _byTitle.TryAdd(entries[i].Title, i);
            _ = _byId.TryAdd(entries[i].PageId, i);
        }
    }

    /// <summary>Gets the index file's path.</summary>
    public string FilePath { get; }

    /// <summary>Gets every entry in file order.</summary>
    public IReadOnlyList<MultistreamIndexEntry> Entries => _entries;

    /// <summary>Gets the distinct stream offsets in ascending order (the page streams; not the header or footer stream).</summary>
    public IReadOnlyList<long> StreamOffsets => _streamOffsets;

    /// <summary>Reads a whole index (bzip2-compressed or plain text).</summary>
    /// <param name="path">The index file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The index.</returns>
    /// <exception cref="DumpFormatException">The file is missing, corrupt, has a malformed line, or its offsets go backwards.</exception>
    public static Task<MultistreamIndex> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Task.Run(() => Load(path, cancellationToken), cancellationToken);
    }

    /// <summary>Finds a page by title by scanning an index file, without loading it.</summary>
    /// <param name="path">The index file.</param>
    /// <param name="title">The full title, as in the dump (for example "Module:Arguments").</param>
    /// <param name="cancellationToken">Cancels the scan.</param>
    /// <returns>The first entry with that title, or <see langword="null"/>.</returns>
    /// <exception cref="DumpFormatException">The file is missing, corrupt or has a malformed line.</exception>
    public static Task<MultistreamIndexEntry?> FindAsync(string path, string title, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(title);
        var wanted = Encoding.UTF8.GetBytes(title);
        var wantedEscaped = Encoding.UTF8.GetBytes(IndexLineReader.Escape(title));
        return Task.Run(
            () => Scan(path, reader => reader.TitleBytes.SequenceEqual(wanted) || reader.TitleBytes.SequenceEqual(wantedEscaped), cancellationToken),
            cancellationToken);
    }

    /// <summary>Finds a page by id by scanning an index file, without loading it.</summary>
    /// <param name="path">The index file.</param>
    /// <param name="pageId">The page id.</param>
    /// <param name="cancellationToken">Cancels the scan.</param>
    /// <returns>The first entry with that id, or <see langword="null"/>.</returns>
    /// <exception cref="DumpFormatException">The file is missing, corrupt or has a malformed line.</exception>
    public static Task<MultistreamIndexEntry?> FindAsync(string path, long pageId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Task.Run(() => Scan(path, reader => reader.PageId == pageId, cancellationToken), cancellationToken);
    }

    /// <summary>Finds the index Wikimedia publishes beside a multistream dump: <c>&lt;name&gt;-index.txt.bz2</c> (or <c>.txt</c>).</summary>
    /// <param name="dumpPath">The dump, for example <c>fatwiki-20240920-pages-articles-multistream.xml.bz2</c>.</param>
    /// <returns>The index path when such a file exists, else <see langword="null"/>.</returns>
    public static string? FindBesideDump(string dumpPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(dumpPath);
        var directory = Path.GetDirectoryName(Path.GetFullPath(dumpPath)) ?? ".";
        var name = Path.GetFileName(dumpPath);
        foreach (var suffix in (string[])[".xml.bz2", ".bz2", ".xml"])
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^suffix.Length];
                break;
            }
        }

        foreach (var candidate in (string[])[name + "-index.txt.bz2", name + "-index.txt"])
        {
            var path = Path.Combine(directory, candidate);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>Finds the entry of a title.</summary>
    /// <param name="title">The full title.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public MultistreamIndexEntry? FindByTitle(string title) =>
        _byTitle.TryGetValue(title, out var index) ? _entries[index] : null;

    /// <summary>Finds the entry of a page id.</summary>
    /// <param name="pageId">The page id.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public MultistreamIndexEntry? FindById(long pageId) =>
        _byId.TryGetValue(pageId, out var index) ? _entries[index] : null;

    private static MultistreamIndex Load(string path, CancellationToken cancellationToken)
    {
        var entries = new List<MultistreamIndexEntry>();
        var offsets = new List<long>();
        using var reader = new IndexLineReader(path);
        while (reader.MoveNext())
        {
            if ((reader.LineNumber & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var offset = reader.StreamOffset;
            if (offsets.Count > 0 && offset < offsets[^1])
            {
                throw new DumpFormatException(path, reader.LineTextOffset, null, string.Create(
                    CultureInfo.InvariantCulture,
                    $"line {reader.LineNumber} of the multistream index goes back to offset {offset} after {offsets[^1]}"));
            }

            if (offsets.Count == 0 || offset != offsets[^1])
            {
                offsets.Add(offset);
            }

            entries.Add(new MultistreamIndexEntry(offset, reader.PageId, reader.Title));
        }

        return new MultistreamIndex(path, entries, offsets);
    }

    private static MultistreamIndexEntry? Scan(string path, Func<IndexLineReader, bool> match, CancellationToken cancellationToken)
    {
        using var reader = new IndexLineReader(path);
        while (reader.MoveNext())
        {
            if ((reader.LineNumber & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (match(reader))
            {
                return new MultistreamIndexEntry(reader.StreamOffset, reader.PageId, reader.Title);
            }
        }

        return null;
    }
}
