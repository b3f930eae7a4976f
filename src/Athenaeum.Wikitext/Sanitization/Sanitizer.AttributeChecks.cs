using System.Globalization;
using System.Text;

namespace Athenaeum.Wikitext.Sanitization;

/// <content>The name and value checks behind attribute validation (MediaWiki's patterns, without regexes).</content>
public static partial class Sanitizer
{
    private static bool IsValidAttributeName(string name)
    {
        var first = true;
        foreach (var rune in name.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var letterOrNumber = category is >= UnicodeCategory.UppercaseLetter and <= UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
            var ok = letterOrNumber || rune.Value is ':' or '_' || (!first && rune.Value is '.' or '-');
            if (!ok)
            {
                return false;
            }

            first = false;
        }

        return !first;
    }

    private static bool IsXmlnsAttribute(string name)
    {
        if (name.Length <= 6 || !name.StartsWith("xmlns:", StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 6; i < name.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(name[i]) && name[i] is not (':' or '_' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>MediaWiki's <c>^data-[^:= \t\r\n/&gt;\0_＿]*$</c> (case-insensitive).</summary>
    private static bool IsUserDataAttribute(string name)
    {
        if (!name.StartsWith("data-", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var i = 5; i < name.Length; i++)
        {
            if (name[i] is ':' or '=' or ' ' or '\t' or '\r' or '\n' or '/' or '>' or '\0' or '_' or '\uFF3F')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>MediaWiki's EVIL_URI_PATTERN: <c>(^|\s|\*/\s*)(javascript|vbscript)([^\w]|$)</c>, case-insensitive.</summary>
    private static bool HasEvilUri(string value)
    {
        foreach (var word in (ReadOnlySpan<string>)["javascript", "vbscript"])
        {
            var from = 0;
            while (from < value.Length)
            {
                var i = AsciiText.IndexOf(value, word, from);
                if (i < 0)
                {
                    break;
                }

                var end = i + word.Length;
                var after = end == value.Length || !AsciiText.IsWordChar(value[end]);
                if (after && IsEvilPrefix(value, i))
                {
                    return true;
                }

                from = i + 1;
            }
        }

        return false;
    }

    private static bool IsEvilPrefix(string value, int i)
    {
        if (i == 0 || UrlProtocols.IsPcreSpace(value[i - 1]))
        {
            return true;
        }

        var j = i;
        while (j > 0 && UrlProtocols.IsPcreSpace(value[j - 1]))
        {
            j--;
        }

        return j >= 2 && value[j - 1] == '/' && value[j - 2] == '*';
    }
}
