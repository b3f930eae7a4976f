namespace Athenaeum.Dump.Input;

/// <summary>Supplies the offsets at which bz2 streams of a multistream dump start, in ascending order.</summary>
/// <remarks>Called under the lock of <see cref="ParallelMultistreamSource"/>, from one thread at a time.</remarks>
internal interface IStreamStartProvider : IDisposable
{
    /// <summary>
    /// Gets a value indicating whether every offset is known to be a stream start (an index). When
    /// <see langword="false"/> (a scan), an offset may be a false match inside compressed data.
    /// </summary>
    bool IsAuthoritative { get; }

    /// <summary>Gets the next stream offset.</summary>
    /// <param name="offset">The offset.</param>
    /// <returns><see langword="false"/> when there are no more.</returns>
    /// <exception cref="DumpFormatException">The index is malformed.</exception>
    bool TryGetNext(out long offset);
}
