namespace Athenaeum.Wikitext.LanguageConversion;

/// <content>Recognizing the HTML that conversion copies unchanged: tags, entities, strip markers.</content>
internal sealed partial class ConversionSession
{
    /// <summary>
    /// The end of the markup autoConvert copies unconverted at <paramref name="pos"/> (code, script and
    /// pre elements, tags, entities, strip markers), or -1 when text starts there.
    /// </summary>
    private static int MatchLiteral(string text, int pos)
    {
        var c = text[pos];
        if (c == '<')
        {
            foreach (var (open, close) in (ReadOnlySpan<(string, string)>)[("<code>", "</code>"), ("<script", "</script>"), ("<pre", "</pre>")])
            {
                if (!StartsWithAt(text, pos, open))
                {
                    continue;
                }

                var gt = open[^1] == '>' ? pos + open.Length - 1 : text.IndexOf('>', pos + open.Length);
                var end = gt < 0 ? -1 : text.IndexOf(close, gt + 1, StringComparison.Ordinal);
                if (end >= 0)
                {
                    return end + close.Length;
                }
            }

            // A "<" that starts no tag hides the rest of the text: conversion fails safe.
            var tagEnd = MatchTag(text, pos);
            return tagEnd >= 0 ? tagEnd : text.Length;
        }

        if (c == '&' && MatchEntity(text, pos) is var entityEnd and > 0)
        {
            return entityEnd;
        }

        if (c == '\x7f' && IsMarkerStart(text, pos))
        {
            var end = text.IndexOf('\x7f', pos + Parsing.StripState.MarkerPrefix.Length);
            if (end > pos + Parsing.StripState.MarkerPrefix.Length)
            {
                return end + 1;
            }
        }

        if (pos == 0)
        {
            // Text that starts inside a tag ("…>") is part of that tag.
            var first = text.AsSpan().IndexOfAny('<', '>');
            if (first >= 0 && text[first] == '>')
            {
                return first + 1;
            }
        }

        return -1;
    }

    /// <summary>A character reference "&amp;name;" or "&amp;#123;" at <paramref name="pos"/>: its end, or -1.</summary>
    private static int MatchEntity(string text, int pos)
    {
        var i = pos + 1;
        if (i >= text.Length || !(char.IsAsciiLetter(text[i]) || text[i] == '#'))
        {
            return -1;
        }

        i++;
        var start = i;
        while (i < text.Length && (char.IsAsciiLetterLower(text[i]) || char.IsAsciiDigit(text[i])))
        {
            i++;
        }

        return i > start && i < text.Length && text[i] == ';' ? i + 1 : -1;
    }

    /// <summary>A whole tag at <paramref name="pos"/> (quoted attribute values may hold "&gt;"): its end, or -1.</summary>
    internal static int MatchTagEnd(string text, int pos) => MatchTag(text, pos);

    private static int MatchTag(string text, int pos)
    {
        var i = pos + 1;
        while (true)
        {
            while (i < text.Length && text[i] != '>' && text[i] != '=')
            {
                i++;
            }

            if (i >= text.Length)
            {
                return -1;
            }

            if (text[i] == '>')
            {
                return i + 1;
            }

            i++;
            while (i < text.Length && IsPcreSpace(text[i]))
            {
                i++;
            }

            if (i < text.Length && text[i] is '"' or '\'')
            {
                var close = text.IndexOf(text[i], i + 1);
                if (close >= 0)
                {
                    i = close + 1;
                    continue;
                }
            }

            while (i < text.Length && text[i] is not ('\'' or '"' or '>') && !IsPcreSpace(text[i]))
            {
                i++;
            }
        }
    }

    private static bool IsPcreSpace(char c) => c is ' ' or '\t' or '\n' or '\x0B' or '\f' or '\r';
}
