namespace Athenaeum.Storage;

/// <summary>
/// A library cannot be used as asked: it is missing, locked by another writer, holds another wiki,
/// has a newer schema than this program knows, or is corrupt. The message names the library and the reason.
/// </summary>
public sealed class LibraryException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="LibraryException"/> class.</summary>
    public LibraryException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LibraryException"/> class.</summary>
    /// <param name="message">A one-line message naming the library and the reason.</param>
    public LibraryException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LibraryException"/> class.</summary>
    /// <param name="message">A one-line message naming the library and the reason.</param>
    /// <param name="innerException">The underlying error.</param>
    public LibraryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
