using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Athenaeum.Wikitext.Globalization;

/// <summary>
/// Case mapping as PHP 8.2's mbstring does it (MediaWiki's Language::uc/lc): full Unicode case
/// mapping, so "ß" uppercases to "SS" and "ﬁ" to "FI", unlike .NET's simple mapping.
/// </summary>
/// <remarks>
/// Stateless and thread-safe. The differences from .NET's invariant simple mapping were measured
/// with PHP 8.2 over every code point: the unconditional multi-character uppercase mappings of
/// Unicode's SpecialCasing.txt, dotless i (U+0131) uppercasing to "I", and "İ" (U+0130)
/// lowercasing to "i̇".
/// </remarks>
internal static class CaseMapping
{
    // Code point: replacement code points (SpecialCasing.txt, unconditional uppercase mappings).
    private const string SpecialUpper = "DF:53 53;149:2BC 4E;1F0:4A 30C;390:399 308 301;3B0:3A5 308 301;587:535 552;1E96:48 331;1E97:54 308;1E98:57 30A;1E99:59 30A;1E9A:41 2BE;1F50:3A5 313;1F52:3A5 313 300;1F54:3A5 313 301;1F56:3A5 313 342;1F80:1F08 399;1F81:1F09 399;1F82:1F0A 399;1F83:1F0B 399;1F84:1F0C 399;1F85:1F0D 399;1F86:1F0E 399;1F87:1F0F 399;1F88:1F08 399;1F89:1F09 399;1F8A:1F0A 399;1F8B:1F0B 399;1F8C:1F0C 399;1F8D:1F0D 399;1F8E:1F0E 399;1F8F:1F0F 399;1F90:1F28 399;1F91:1F29 399;1F92:1F2A 399;1F93:1F2B 399;1F94:1F2C 399;1F95:1F2D 399;1F96:1F2E 399;1F97:1F2F 399;1F98:1F28 399;1F99:1F29 399;1F9A:1F2A 399;1F9B:1F2B 399;1F9C:1F2C 399;1F9D:1F2D 399;1F9E:1F2E 399;1F9F:1F2F 399;1FA0:1F68 399;1FA1:1F69 399;1FA2:1F6A 399;1FA3:1F6B 399;1FA4:1F6C 399;1FA5:1F6D 399;1FA6:1F6E 399;1FA7:1F6F 399;1FA8:1F68 399;1FA9:1F69 399;1FAA:1F6A 399;1FAB:1F6B 399;1FAC:1F6C 399;1FAD:1F6D 399;1FAE:1F6E 399;1FAF:1F6F 399;1FB2:1FBA 399;1FB3:391 399;1FB4:386 399;1FB6:391 342;1FB7:391 342 399;1FBC:391 399;1FC2:1FCA 399;1FC3:397 399;1FC4:389 399;1FC6:397 342;1FC7:397 342 399;1FCC:397 399;1FD2:399 308 300;1FD3:399 308 301;1FD6:399 342;1FD7:399 308 342;1FE2:3A5 308 300;1FE3:3A5 308 301;1FE4:3A1 313;1FE6:3A5 342;1FE7:3A5 308 342;1FF2:1FFA 399;1FF3:3A9 399;1FF4:38F 399;1FF6:3A9 342;1FF7:3A9 342 399;1FFC:3A9 399;FB00:46 46;FB01:46 49;FB02:46 4C;FB03:46 46 49;FB04:46 46 4C;FB05:53 54;FB06:53 54;FB13:544 546;FB14:544 535;FB15:544 53B;FB16:54E 546;FB17:544 53D;131:49;";

    private static readonly FrozenDictionary<int, string> UpperOverrides = ParseTable(SpecialUpper);

    /// <summary>Uppercases every character (PHP's mb_strtoupper).</summary>
    /// <param name="s">The text.</param>
    /// <returns>The uppercased text.</returns>
    public static string ToUpper(string s)
    {
        if (IsAscii(s))
        {
            return s.ToUpperInvariant();
        }

        var sb = new StringBuilder(s.Length);
        foreach (var rune in s.EnumerateRunes())
        {
            AppendUpper(sb, rune);
        }

        return sb.ToString();
    }

    /// <summary>Lowercases every character (PHP's mb_strtolower).</summary>
    /// <param name="s">The text.</param>
    /// <returns>The lowercased text.</returns>
    public static string ToLower(string s)
    {
        if (IsAscii(s))
        {
            return s.ToLowerInvariant();
        }

        var sb = new StringBuilder(s.Length);
        foreach (var rune in s.EnumerateRunes())
        {
            AppendLower(sb, rune);
        }

        return sb.ToString();
    }

    /// <summary>Uppercases one character (PHP's mb_strtoupper of a single character).</summary>
    /// <param name="sb">Where to append the result.</param>
    /// <param name="rune">The character.</param>
    public static void AppendUpper(StringBuilder sb, Rune rune)
    {
        if (UpperOverrides.TryGetValue(rune.Value, out var special))
        {
            sb.Append(special);
        }
        else
        {
            sb.Append(Rune.ToUpperInvariant(rune).ToString());
        }
    }

    /// <summary>Lowercases one character (PHP's mb_strtolower of a single character).</summary>
    /// <param name="sb">Where to append the result.</param>
    /// <param name="rune">The character.</param>
    public static void AppendLower(StringBuilder sb, Rune rune)
    {
        if (rune.Value == 0x130)
        {
            sb.Append("i\u0307");
        }
        else
        {
            sb.Append(Rune.ToLowerInvariant(rune).ToString());
        }
    }

    private static bool IsAscii(string s)
    {
        foreach (var c in s)
        {
            if (c >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    private static FrozenDictionary<int, string> ParseTable(string table)
    {
        var map = new Dictionary<int, string>();
        foreach (var entry in table.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            var key = int.Parse(entry.AsSpan(0, colon), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var sb = new StringBuilder();
            foreach (var cp in entry[(colon + 1)..].Split(' '))
            {
                sb.Append(char.ConvertFromUtf32(int.Parse(cp, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }

            map[key] = sb.ToString();
        }

        return map.ToFrozenDictionary();
    }
}
