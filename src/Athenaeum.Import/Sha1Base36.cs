using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Athenaeum.Import;

/// <summary>The SHA-1 of a text in base 36, 31 digits, as MediaWiki stores and exports it (<c>rev_sha1</c>).</summary>
internal static class Sha1Base36
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    public static string Compute(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];

        // SHA-1 is what MediaWiki's format requires here, for change detection, not for security.
#pragma warning disable CA5350
        SHA1.HashData(bytes, hash);
#pragma warning restore CA5350
        var value = new BigInteger(hash, isUnsigned: true, isBigEndian: true);
        Span<char> digits = stackalloc char[31];
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            value = BigInteger.DivRem(value, 36, out var remainder);
            digits[i] = Digits[(int)remainder];
        }

        return new string(digits);
    }
}
