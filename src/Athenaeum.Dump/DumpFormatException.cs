using System.Globalization;

namespace Athenaeum.Dump;

/// <summary>
/// Thrown when a dump, its index or a compressed stream in it cannot be read: a missing file, truncated or
/// corrupt bzip2 data, malformed XML, an unsupported export schema, or an index that does not match the dump.
/// </summary>
/// <remarks>
/// The message is one line: <c>&lt;file&gt;: byte &lt;offset&gt;[ (page "&lt;title&gt;")]: &lt;what is wrong&gt;</c>.
/// For bzip2 input the offset counts compressed bytes of the file; for an index file it counts bytes of the
/// decompressed index text.
/// </remarks>
public sealed class DumpFormatException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="DumpFormatException"/> class.</summary>
    /// <param name="filePath">The file that could not be read.</param>
    /// <param name="byteOffset">The byte offset in that file at or near which the fault was found.</param>
    /// <param name="pageTitle">The title of the page being read, or <see langword="null"/> when unknown.</param>
    /// <param name="problem">What is wrong, one line, without the file and offset.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public DumpFormatException(string filePath, long byteOffset, string? pageTitle, string problem, Exception? innerException = null)
        : base(FormatMessage(filePath, byteOffset, pageTitle, problem), innerException)
    {
        FilePath = filePath;
        ByteOffset = byteOffset;
        PageTitle = pageTitle;
        Problem = problem;
    }

    /// <summary>Initializes a new instance of the <see cref="DumpFormatException"/> class with a message only.</summary>
    public DumpFormatException()
        : this(string.Empty, 0, null, "the dump cannot be read")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DumpFormatException"/> class with a message only.</summary>
    /// <param name="message">What is wrong.</param>
    public DumpFormatException(string message)
        : this(string.Empty, 0, null, message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DumpFormatException"/> class with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying exception.</param>
    public DumpFormatException(string message, Exception innerException)
        : this(string.Empty, 0, null, message, innerException)
    {
    }

    /// <summary>Gets the path of the file that could not be read.</summary>
    public string FilePath { get; }

    /// <summary>Gets the byte offset in <see cref="FilePath"/> at or near which the fault was found.</summary>
    public long ByteOffset { get; }

    /// <summary>Gets the title of the page being read when the fault was found, or <see langword="null"/>.</summary>
    public string? PageTitle { get; }

    /// <summary>Gets what is wrong, without the file, offset and title.</summary>
    public string Problem { get; }

    private static string FormatMessage(string filePath, long byteOffset, string? pageTitle, string problem)
    {
        var oneLine = problem.ReplaceLineEndings(" ");
        return pageTitle is null
            ? string.Create(CultureInfo.InvariantCulture, $"{filePath}: byte {byteOffset}: {oneLine}")
            : string.Create(CultureInfo.InvariantCulture, $"{filePath}: byte {byteOffset} (page \"{pageTitle}\"): {oneLine}");
    }
}
