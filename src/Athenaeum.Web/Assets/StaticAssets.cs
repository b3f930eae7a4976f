using System.Collections.Frozen;
using System.Security.Cryptography;
using Athenaeum.Web.Caching;

namespace Athenaeum.Web.Assets;

/// <summary>
/// The site's stylesheet, script and icon: embedded in the assembly (so the server needs no content
/// root), held in memory with their compressed forms, and served under versioned addresses
/// (<c>/static/site.css?v=HASH</c>) that browsers may cache for a year.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class StaticAssets
{
    private const string ResourcePrefix = "Athenaeum.Web.Assets.";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".txt"] = "text/plain; charset=utf-8",
    };

    private readonly FrozenDictionary<string, (CachedResponse Response, string Version)> _assets;

    public StaticAssets()
    {
        var assembly = typeof(StaticAssets).Assembly;
        var assets = new Dictionary<string, (CachedResponse, string)>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[ResourcePrefix.Length..];
            if (!ContentTypes.TryGetValue(Path.GetExtension(name), out var contentType))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var body = memory.ToArray();
            var version = Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 5));
            var response = new CachedResponse(200, contentType, body, "\"" + version + "\"", DateTimeOffset.UnixEpoch, "public, max-age=31536000, immutable", 0);
            assets[name] = (response, version);
        }

        _assets = assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the versioned address of an asset.</summary>
    /// <param name="name">The asset's file name ("site.css").</param>
    /// <returns>The address.</returns>
    /// <exception cref="KeyNotFoundException">There is no such asset.</exception>
    public string Url(string name) => "/static/" + name + "?v=" + _assets[name].Version;

    /// <summary>Finds an asset.</summary>
    /// <param name="name">The asset's file name.</param>
    /// <param name="response">The asset.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(string name, out CachedResponse response)
    {
        if (_assets.TryGetValue(name, out var asset))
        {
            response = asset.Response;
            return true;
        }

        response = null!;
        return false;
    }
}
