using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Athenaeum.Web.Rendering;

/// <summary>Hashes of what a rendering depends on: the fingerprint (an ETag's basis) and the state of its links.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class RenderFingerprint
{
    /// <summary>Computes a rendering's fingerprint.</summary>
    /// <param name="pageRevision">The page's revision.</param>
    /// <param name="templates">The templates and modules used, with their revisions.</param>
    /// <param name="linkState">The link state (<see cref="LinkState"/>).</param>
    /// <returns>16 hex digits.</returns>
    public static string Compute(long pageRevision, IEnumerable<DependencyRevision> templates, string linkState)
    {
        var sb = new StringBuilder(RendererVersion.Current).Append('|').Append(pageRevision.ToString(CultureInfo.InvariantCulture)).Append('|').Append(linkState);
        foreach (var t in templates.OrderBy(t => t.Namespace).ThenBy(t => t.Title, StringComparer.Ordinal))
        {
            sb.Append('|').Append(t.Namespace.ToString(CultureInfo.InvariantCulture)).Append(':').Append(t.Title).Append('@').Append(t.Revision.ToString(CultureInfo.InvariantCulture));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())).AsSpan(0, 8));
    }

    /// <summary>Hashes which of a rendering's linked pages exist.</summary>
    /// <param name="links">The linked pages.</param>
    /// <param name="exists">Tells whether a page exists now.</param>
    /// <returns>16 hex digits.</returns>
    public static string LinkState(IEnumerable<DependencyRevision> links, Func<DependencyRevision, bool> exists)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> bit = stackalloc byte[1];
        foreach (var link in links)
        {
            bit[0] = exists(link) ? (byte)1 : (byte)0;
            hash.AppendData(bit);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 8));
    }
}
