namespace Athenaeum.Dump.Input;

/// <summary>
/// Supplies the XML bytes of a dump, in order, to <see cref="TrackedInputStream"/>, telling for each read where in
/// the file the bytes came from.
/// </summary>
/// <remarks>Read is called by one thread at a time; <see cref="BytesRead"/> and <see cref="Stop"/> may be called from any thread.</remarks>
internal abstract class XmlInputSource : IDisposable
{
    /// <summary>
    /// Gets a value indicating whether <c>sourceOffset</c> names bz2 streams (a multistream dump): the reader then
    /// maps each page to the stream holding it. Otherwise the offset is only a position for messages.
    /// </summary>
    public virtual bool TracksStreams => false;

    /// <summary>Gets how many bytes of the file have been consumed, for progress.</summary>
    public abstract long BytesRead { get; }

    /// <summary>Reads XML bytes. Never mixes bytes of two bz2 streams in one call.</summary>
    /// <param name="buffer">Where the bytes go.</param>
    /// <param name="sourceOffset">The file offset the bytes belong to (the bz2 stream, or the read position).</param>
    /// <returns>How many bytes were read; 0 at the end of the XML.</returns>
    /// <exception cref="DumpFormatException">The input is corrupt or truncated.</exception>
    /// <exception cref="OperationCanceledException"><see cref="Stop"/> was called while waiting.</exception>
    public abstract int Read(Span<byte> buffer, out long sourceOffset);

    /// <summary>Stops background work and wakes a blocked <see cref="Read"/>, which then throws <see cref="OperationCanceledException"/>.</summary>
    public virtual void Stop()
    {
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases resources.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
    }
}
