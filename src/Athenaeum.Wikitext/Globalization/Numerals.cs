using System.Globalization;
using System.Text;
using Athenaeum.Wikitext.Globalization.Php;

namespace Athenaeum.Wikitext.Globalization;

/// <summary>Roman and Hebrew numerals, as MediaWiki writes them for the "xr" and "xh" date codes.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class Numerals
{
    private static readonly string[] RomanUnits = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
    private static readonly string[] RomanTens = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"];
    private static readonly string[] RomanHundreds = ["", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"];

    private const string HebrewUnits = "\0אבגדהוזחטי";
    private const string HebrewTens = "\0יכלמנסעפצק";
    private static readonly string[] HebrewHundreds = ["", "ק", "ר", "ש", "ת", "תק", "תר", "תש", "תת", "תתק", "תתר"];

    /// <summary>Writes 1 to 10,000 in Roman numerals (thousands as repeated M); other numbers unchanged.</summary>
    /// <param name="number">The number as text (PHP intval semantics).</param>
    /// <returns>The numeral.</returns>
    public static string Roman(string number)
    {
        var n = PhpNumeric.ToLong(number);
        if (n is > 10000 or <= 0)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        return new string('M', (int)(n / 1000)) + RomanHundreds[n / 100 % 10] + RomanTens[n / 10 % 10] + RomanUnits[n % 10];
    }

    /// <summary>
    /// Writes 1 to 9,999 in Hebrew numerals: letters by value, 15 and 16 as ט״ו and ט״ז, final letter
    /// forms, geresh after a single letter and gershayim before the last letter; round thousands
    /// spelled out. Other numbers are returned unchanged.
    /// </summary>
    /// <param name="number">The number as text (PHP intval semantics).</param>
    /// <returns>The numeral.</returns>
    public static string Hebrew(string number)
    {
        var n = PhpNumeric.ToLong(number);
        if (n is > 9999 or <= 0)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        if (n == 1000)
        {
            return "א' אלף";
        }

        if (n % 1000 == 0)
        {
            return HebrewUnits[(int)(n / 1000)] + "' אלפים";
        }

        var letters = new List<string>();
        if (n >= 1000)
        {
            letters.Add(HebrewUnits[(int)(n / 1000)].ToString());
            letters.Add("'");
            n %= 1000;
        }

        if (n >= 100)
        {
            letters.AddRange(HebrewHundreds[n / 100].Select(c => c.ToString()));
            n %= 100;
        }

        if (n is 15 or 16)
        {
            // Written 9+6 and 9+7 to avoid spelling a divine name.
            letters.Add("ט");
            letters.Add(HebrewUnits[(int)(n - 9)].ToString());
            n = 0;
        }
        else if (n >= 10)
        {
            letters.Add(HebrewTens[(int)(n / 10)].ToString());
            n %= 10;
        }

        if (n >= 1)
        {
            letters.Add(HebrewUnits[(int)n].ToString());
        }

        if (letters.Count == 1)
        {
            return letters[0] + "'";
        }

        letters[^1] = letters[^1] switch
        {
            "כ" => "ך",
            "מ" => "ם",
            "נ" => "ן",
            "פ" => "ף",
            "צ" => "ץ",
            var other => other,
        };
        if (letters[1] == "'" && letters.Count == 3)
        {
            letters.Add("'");
        }
        else
        {
            letters.Insert(letters.Count - 1, "\"");
        }

        var sb = new StringBuilder();
        foreach (var l in letters)
        {
            sb.Append(l);
        }

        return sb.ToString();
    }
}
