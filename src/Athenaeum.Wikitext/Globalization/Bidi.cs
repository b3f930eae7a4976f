using System.Globalization;
using System.Text;

namespace Athenaeum.Wikitext.Globalization;

/// <summary>
/// The strong direction of text: the Unicode bidirectional class of its first strong character
/// (L, or R/AL). The right-to-left ranges are those of Unicode's R and AL classes; left-to-right is
/// approximated by letters and spacing marks outside them (.NET exposes no bidi class API).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class Bidi
{
    /// <summary>Gets the direction of the first strong character.</summary>
    /// <param name="text">The text.</param>
    /// <returns>"ltr", "rtl" or <see langword="null"/> when there is no strong character.</returns>
    public static string? StrongDirection(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            var v = rune.Value;
            if (IsRightToLeft(v))
            {
                return "rtl";
            }

            if (v == 0x200E || IsLeftToRight(rune))
            {
                return "ltr";
            }
        }

        return null;
    }

    private static bool IsRightToLeft(int v) =>
        v is 0x200F
        || (v >= 0x0590 && v <= 0x05FF && v is not (>= 0x0591 and <= 0x05BD) and not 0x05BF and not 0x05C1 and not 0x05C2 and not 0x05C4 and not 0x05C5 and not 0x05C7)
        || (v >= 0x07C0 && v <= 0x085F && v is not (>= 0x07EB and <= 0x07F3) and not (>= 0x0816 and <= 0x082D) and not (>= 0x0859 and <= 0x085B))
        || (v >= 0xFB1D && v <= 0xFB4F && v != 0xFB1E)
        || (v >= 0x10800 && v <= 0x10FFF)
        || (v >= 0x1E800 && v <= 0x1EFFF)
        || v is 0x0608 or 0x060B or 0x060D
        || (v >= 0x061B && v <= 0x064A)
        || (v >= 0x066D && v <= 0x066F)
        || (v >= 0x0671 && v <= 0x06D5)
        || v is 0x06E5 or 0x06E6 or 0x06EE or 0x06EF
        || (v >= 0x06FA && v <= 0x0710)
        || (v >= 0x0712 && v <= 0x072F)
        || (v >= 0x074B && v <= 0x07A5)
        || (v >= 0x07B1 && v <= 0x07BF)
        || (v >= 0x08A0 && v <= 0x08E2)
        || (v >= 0xFB50 && v <= 0xFDFF && v is not 0xFD3E and not 0xFD3F)
        || (v >= 0xFE70 && v <= 0xFEFE);

    private static bool IsLeftToRight(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.LetterNumber;
    }
}
