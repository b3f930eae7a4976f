namespace Athenaeum.Dump.Input;

/// <summary>Reads an uncompressed XML dump from a file.</summary>
internal sealed class PlainFileSource : XmlInputSource
{
    private readonly FileStream _file;
    private long _position;

    /// <summary>Initializes a new instance of the <see cref="PlainFileSource"/> class.</summary>
    /// <param name="path">The dump file.</param>
    public PlainFileSource(string path)
    {
        _file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 256 * 1024, FileOptions.SequentialScan);
    }

    /// <inheritdoc/>
    public override long BytesRead => Volatile.Read(ref _position);

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer, out long sourceOffset)
    {
        sourceOffset = _position;
        var read = _file.Read(buffer);
        Volatile.Write(ref _position, _position + read);
        return read;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file.Dispose();
        }

        base.Dispose(disposing);
    }
}
