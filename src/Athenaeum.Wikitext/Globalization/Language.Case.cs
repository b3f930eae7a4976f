using System.Text;

namespace Athenaeum.Wikitext.Globalization;

/// <summary>Case mapping (MediaWiki's Language::lc, uc, lcfirst, ucfirst).</summary>
public sealed partial class Language
{
    /// <summary>Lowercases the text (MediaWiki's Language::lc, PHP's mb_strtolower).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The lowercased text.</returns>
    public string Lc(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CaseMapping.ToLower(text);
    }

    /// <summary>Uppercases the text with full case mapping ("ß" → "SS"), as MediaWiki's Language::uc.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The uppercased text.</returns>
    public string Uc(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CaseMapping.ToUpper(text);
    }

    /// <summary>
    /// Uppercases the first character as MediaWiki's Language::ucfirst: ASCII below "`" is left
    /// alone, a-z are uppercased, other characters get the full uppercase mapping ("ß" → "SS").
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with its first character uppercased.</returns>
    public string UcFirst(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || text[0] < 96)
        {
            return text;
        }

        if (text[0] < 128)
        {
            return char.IsAsciiLetterLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;
        }

        var rune = Rune.GetRuneAt(text, 0);
        var sb = new StringBuilder(text.Length + 2);
        CaseMapping.AppendUpper(sb, rune);
        return sb.Append(text, rune.Utf16SequenceLength, text.Length - rune.Utf16SequenceLength).ToString();
    }

    /// <summary>Lowercases the first character as MediaWiki's Language::lcfirst.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with its first character lowercased.</returns>
    public string LcFirst(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        if (text[0] < 128)
        {
            return char.IsAsciiLetterUpper(text[0]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
        }

        var rune = Rune.GetRuneAt(text, 0);
        var sb = new StringBuilder(text.Length + 1);
        CaseMapping.AppendLower(sb, rune);
        return sb.Append(text, rune.Utf16SequenceLength, text.Length - rune.Utf16SequenceLength).ToString();
    }
}
