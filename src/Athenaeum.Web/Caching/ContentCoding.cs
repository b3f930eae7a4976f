namespace Athenaeum.Web.Caching;

/// <summary>The content codings the site serves.</summary>
internal enum ContentCoding
{
    /// <summary>Uncompressed.</summary>
    Identity = 0,

    /// <summary>gzip.</summary>
    Gzip = 1,

    /// <summary>Brotli.</summary>
    Brotli = 2,
}
