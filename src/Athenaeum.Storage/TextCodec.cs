namespace Athenaeum.Storage;

/// <summary>How a stored text or HTML blob is compressed. The number is stored with each blob, so the codec can change between imports.</summary>
public enum TextCodec
{
    /// <summary>UTF-8 without compression.</summary>
    None = 0,

    /// <summary>UTF-8 compressed with raw Deflate (RFC 1951).</summary>
    Deflate = 1,

    /// <summary>UTF-8 compressed with Brotli (RFC 7932).</summary>
    Brotli = 2,
}
