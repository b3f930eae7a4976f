using System.Buffers;
using System.IO.Compression;

namespace Athenaeum.Web.Caching;

/// <summary>
/// A finished response kept in memory: the body, its Brotli and gzip forms (each made once, on first
/// demand, never per request), and the validators (ETag, Last-Modified) that answer conditional requests.
/// </summary>
/// <remarks>Thread-safe; immutable except for the lazily made compressed forms.</remarks>
internal sealed class CachedResponse
{
    private const int BrotliQuality = 9;
    private const int BrotliWindow = 22;
    private byte[]? _brotli;
    private byte[]? _gzip;

    public CachedResponse(int statusCode, string contentType, byte[] body, string etag, DateTimeOffset lastModified, string cacheControl, long generation)
    {
        StatusCode = statusCode;
        ContentType = contentType;
        Body = body;
        ETag = etag;
        LastModified = new DateTimeOffset(lastModified.UtcDateTime.Ticks - (lastModified.UtcDateTime.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        CacheControl = cacheControl;
        Generation = generation;
        LastUsed = Environment.TickCount64;
    }

    /// <summary>Gets the status code.</summary>
    public int StatusCode { get; }

    /// <summary>Gets the Content-Type.</summary>
    public string ContentType { get; }

    /// <summary>Gets the uncompressed body.</summary>
    public byte[] Body { get; }

    /// <summary>Gets the entity tag, quoted (weak: the same for every encoding).</summary>
    public string ETag { get; }

    /// <summary>Gets the Last-Modified time, to the second.</summary>
    public DateTimeOffset LastModified { get; }

    /// <summary>Gets the Cache-Control value.</summary>
    public string CacheControl { get; }

    /// <summary>Gets the library generation the response was made in.</summary>
    public long Generation { get; }

    /// <summary>Gets or sets when the response was last served (<see cref="Environment.TickCount64"/>).</summary>
    public long LastUsed { get; set; }

    /// <summary>Gets the bytes held, compressed forms included.</summary>
    public long Size => Body.Length + (Volatile.Read(ref _brotli)?.Length ?? 0) + (Volatile.Read(ref _gzip)?.Length ?? 0) + 256;

    /// <summary>Gets the body in an encoding, compressing it the first time.</summary>
    /// <param name="encoding">The encoding.</param>
    /// <returns>The bytes.</returns>
    public byte[] GetBody(ContentCoding encoding) => encoding switch
    {
        ContentCoding.Brotli => Volatile.Read(ref _brotli) ?? Interlocked.CompareExchange(ref _brotli, CompressBrotli(Body), null) ?? _brotli!,
        ContentCoding.Gzip => Volatile.Read(ref _gzip) ?? Interlocked.CompareExchange(ref _gzip, CompressGzip(Body), null) ?? _gzip!,
        _ => Body,
    };

    private static byte[] CompressBrotli(byte[] body)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(body.Length));
        try
        {
            return BrotliEncoder.TryCompress(body, buffer, out var written, BrotliQuality, BrotliWindow)
                ? buffer.AsSpan(0, written).ToArray()
                : CompressGzip(body);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] CompressGzip(byte[] body)
    {
        using var output = new MemoryStream(body.Length / 3);
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return output.ToArray();
    }
}
