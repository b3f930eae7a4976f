using System.Collections.Frozen;
using System.Net;
using System.Text;

namespace Athenaeum.Import.Indexing;

/// <content>Inline markup: links, quotes, tags, entities, behaviour switches.</content>
public sealed partial class WikitextStripper
{
    private static readonly FrozenSet<string> InlineTags = FrozenSet.ToFrozenSet(
        ["b", "i", "u", "s", "span", "small", "big", "sup", "sub", "em", "strong", "abbr", "code", "tt", "font", "nowiki", "noinclude",
         "onlyinclude", "var", "kbd", "samp", "q", "cite", "dfn", "bdi", "bdo", "mark", "ins", "del", "strike", "a", "time", "data"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> FilePrefixes = FrozenSet.ToFrozenSet(["file", "image", "media"], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] Schemes = ["http://", "https://", "//", "ftp://", "mailto:", "irc://", "news:", "ftps://"];

    private void AppendInline(StringBuilder sb, ReadOnlySpan<char> s)
    {
        var plainStart = 0;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            var consumed = c switch
            {
                '[' => TryLink(sb, s, i, plainStart),
                '\'' => TryQuotes(sb, s, i, plainStart),
                '<' => TryTag(sb, s, i, plainStart),
                '&' => TryEntity(sb, s, i, plainStart),
                '_' => TryBehaviourSwitch(sb, s, i, plainStart),
                'h' or 'f' => TryBareUrl(sb, s, i, plainStart),
                _ => 0,
            };
            if (consumed > 0)
            {
                i += consumed;
                plainStart = i;
            }
            else
            {
                i++;
            }
        }

        AppendText(sb, s[plainStart..]);
    }

    private int TryLink(StringBuilder sb, ReadOnlySpan<char> s, int i, int plainStart)
    {
        if (i + 1 < s.Length && s[i + 1] == '[')
        {
            var end = FindClosingBrackets(s, i);
            if (end < 0)
            {
                return 0;
            }

            AppendText(sb, s[plainStart..i]);
            AppendWikiLink(sb, s[(i + 2)..(end - 2)]);
            return end - i;
        }

        foreach (var scheme in Schemes)
        {
            if (s[(i + 1)..].StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                var close = s[i..].IndexOf(']');
                if (close < 0)
                {
                    return 0;
                }

                AppendText(sb, s[plainStart..i]);
                var inner = s[(i + 1)..(i + close)];
                var space = inner.IndexOfAny(' ', '\t');
                if (space > 0)
                {
                    AppendInline(sb, inner[(space + 1)..]);
                }

                return close + 1;
            }
        }

        return 0;
    }

    private int FindClosingBrackets(ReadOnlySpan<char> s, int start)
    {
        var depth = 0;
        for (var i = start; i + 1 < s.Length; i++)
        {
            if (s[i] == '[' && s[i + 1] == '[')
            {
                depth++;
                i++;
            }
            else if (s[i] == ']' && s[i + 1] == ']')
            {
                depth--;
                i++;
                if (depth == 0)
                {
                    return i + 1;
                }
            }
        }

        return -1;
    }

    private void AppendWikiLink(StringBuilder sb, ReadOnlySpan<char> inner)
    {
        var pipe = IndexOfTopLevelPipe(inner);
        var target = (pipe < 0 ? inner : inner[..pipe]).Trim();
        var leadingColon = target.StartsWith(":");
        if (leadingColon)
        {
            target = target[1..];
        }

        var colon = target.IndexOf(':');
        if (!leadingColon && colon > 0)
        {
            var prefix = target[..colon].Trim().ToString().Replace('_', ' ');
            if (FilePrefixes.Contains(prefix) || _filePrefixes.Contains(prefix))
            {
                AppendFileCaption(sb, inner);
                return;
            }

            if (prefix.Equals("category", StringComparison.OrdinalIgnoreCase) || _categoryPrefixes.Contains(prefix) || IsLanguageCode(prefix))
            {
                return;
            }
        }

        if (pipe >= 0)
        {
            var label = inner[(pipe + 1)..];
            AppendInline(sb, label.IsEmpty ? target : label);
            return;
        }

        var hash = target.IndexOf('#');
        AppendText(sb, hash == 0 ? target[1..] : target);
    }

    private void AppendFileCaption(StringBuilder sb, ReadOnlySpan<char> inner)
    {
        var args = SplitTopLevel(inner);
        if (args.Count < 2)
        {
            return;
        }

        var last = args[^1].Trim();
        if (IsImageOption(last))
        {
            return;
        }

        sb.Append(' ');
        AppendInline(sb, last);
        sb.Append(' ');
    }

    private bool IsImageOption(string arg)
    {
        if (arg.Length == 0 || arg.EndsWith("px", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var eq = arg.IndexOf('=', StringComparison.Ordinal);
        if (eq > 0 && eq < 12)
        {
            return true;
        }

        return arg.ToLowerInvariant() is "thumb" or "thumbnail" or "frame" or "framed" or "frameless" or "border" or "left" or "right"
            or "center" or "centre" or "none" or "upright" or "baseline" or "middle" or "sub" or "super" or "top" or "text-top" or "bottom" or "text-bottom";
    }

    private bool IsLanguageCode(string prefix)
    {
        if (prefix.Length is < 2 or > 12)
        {
            return false;
        }

        foreach (var c in prefix)
        {
            if (!(char.IsAsciiLetterLower(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    private int TryQuotes(StringBuilder sb, ReadOnlySpan<char> s, int i, int plainStart)
    {
        var n = 0;
        while (i + n < s.Length && s[i + n] == '\'')
        {
            n++;
        }

        if (n < 2)
        {
            return 0;
        }

        AppendText(sb, s[plainStart..i]);
        if (n == 4)
        {
            sb.Append('\'');
        }
        else if (n > 5)
        {
            sb.Append('\'', n - 5);
        }

        return n;
    }

    private int TryTag(StringBuilder sb, ReadOnlySpan<char> s, int i, int plainStart)
    {
        var j = i + 1;
        if (j < s.Length && s[j] == '/')
        {
            j++;
        }

        var nameStart = j;
        while (j < s.Length && j - nameStart < 16 && char.IsAsciiLetterOrDigit(s[j]))
        {
            j++;
        }

        if (j == nameStart || j >= s.Length || !(s[j] is '>' or '/' or ' ' or '\t'))
        {
            return 0;
        }

        var close = s[j..].IndexOf('>');
        if (close < 0)
        {
            return 0;
        }

        AppendText(sb, s[plainStart..i]);
        if (!InlineTags.Contains(s[nameStart..j].ToString()))
        {
            sb.Append(' ');
        }

        return j + close + 1 - i;
    }

    private int TryEntity(StringBuilder sb, ReadOnlySpan<char> s, int i, int plainStart)
    {
        var semicolon = s[i..].IndexOf(';');
        if (semicolon is < 3 or > 12)
        {
            return 0;
        }

        var entity = s[i..(i + semicolon + 1)].ToString();
        var decoded = WebUtility.HtmlDecode(entity);
        if (string.Equals(decoded, entity, StringComparison.Ordinal))
        {
            return 0;
        }

        AppendText(sb, s[plainStart..i]);
        AppendText(sb, decoded);
        return semicolon + 1;
    }

    private int TryBehaviourSwitch(StringBuilder sb, ReadOnlySpan<char> s, int i, int plainStart)
    {
        if (i + 4 >= s.Length || s[i + 1] != '_' || !char.IsAsciiLetterUpper(s[i + 2]))
        {
            return 0;
        }

        var j = i + 2;
        while (j < s.Length && j - i < 32 && char.IsAsciiLetterUpper(s[j]))
        {
            j++;
        }

        if (j + 1 >= s.Length || s[j] != '_' || s[j + 1] != '_')
        {
            return 0;
        }

        AppendText(sb, s[plainStart..i]);
        return j + 2 - i;
    }

    private int TryBareUrl(StringBuilder sb, ReadOnlySpan<char> s, int i, int plainStart)
    {
        if (i > 0 && char.IsLetterOrDigit(s[i - 1]))
        {
            return 0;
        }

        var rest = s[i..];
        if (!rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            && !rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var end = rest.IndexOfAny(" \t<[]\"");
        AppendText(sb, s[plainStart..i]);
        return end < 0 ? rest.Length : end;
    }
}
