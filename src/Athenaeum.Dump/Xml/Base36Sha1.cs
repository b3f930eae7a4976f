using System.Security.Cryptography;
using System.Text;

namespace Athenaeum.Dump.Xml;

/// <summary>
/// MediaWiki's revision checksum: the SHA-1 of the UTF-8 text written in base 36 with lowercase digits, padded with
/// zeros to 31 characters (as <c>&lt;sha1&gt;</c> in exports).
/// </summary>
internal static class Base36Sha1
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>Computes the checksum of a text.</summary>
    /// <param name="text">The revision text.</param>
    /// <returns>31 base-36 digits.</returns>
    public static string Compute(string text)
    {
        Span<byte> hash = stackalloc byte[20];
        _ = SHA1.HashData(Encoding.UTF8.GetBytes(text), hash);

        // Repeated division of the 160-bit big-endian number by 36.
        Span<char> digits = stackalloc char[31];
        Span<byte> number = stackalloc byte[20];
        hash.CopyTo(number);
        for (var position = digits.Length - 1; position >= 0; position--)
        {
            var remainder = 0;
            for (var i = 0; i < number.Length; i++)
            {
                var value = (remainder << 8) | number[i];
                number[i] = (byte)(value / 36);
                remainder = value % 36;
            }

            digits[position] = Digits[remainder];
        }

        return new string(digits);
    }
}
