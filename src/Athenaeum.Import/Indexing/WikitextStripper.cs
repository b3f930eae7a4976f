using System.Collections.Frozen;
using System.Text;

namespace Athenaeum.Import.Indexing;

/// <summary>
/// A fast markup stripper that turns a page's wikitext into the plain text the search index holds,
/// without expanding templates (the importer cannot afford a render per page). Two passes: the first
/// removes comments, templates and parser functions (keeping the text argument of a few inline
/// formatting templates such as <c>{{nowrap|…}}</c> and <c>{{lang|xx|…}}</c>), references and tags whose
/// content is not prose; the second works line by line: headings, lists, tables (cell text without
/// attributes), links (their visible text; categories, files and interlanguage links dropped except a
/// file's caption), external links (their label), bold and italic quotes, HTML tags and entities.
/// </summary>
/// <remarks>Immutable and thread-safe. Linear in the input except for unclosed constructs, whose search for an end is bounded.</remarks>
public sealed partial class WikitextStripper
{
    /// <summary>The most characters of plain text kept per page.</summary>
    public const int MaxLength = 1 << 20;

    private const int MaxLookahead = 200_000;

    // Tags whose whole content is dropped (not prose, or not shown on the page).
    private static readonly FrozenSet<string> DroppedTags = FrozenSet.ToFrozenSet(
        ["ref", "references", "math", "chem", "ce", "score", "timeline", "graph", "mapframe", "maplink", "templatestyles", "includeonly",
         "gallery", "imagemap", "categorytree", "inputbox", "syntaxhighlight", "source", "script", "style", "indicator", "templatedata"],
        StringComparer.OrdinalIgnoreCase);

    // Templates whose last (or given) positional argument is inline prose.
    private static readonly FrozenDictionary<string, int> TextTemplates = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["nowrap"] = 1,
        ["nobr"] = 1,
        ["small"] = 1,
        ["smaller"] = 1,
        ["big"] = 1,
        ["larger"] = 1,
        ["em"] = 1,
        ["strong"] = 1,
        ["abbr"] = 1,
        ["lang"] = 2,
        ["transl"] = 2,
        ["nihongo"] = 1,
        ["sc"] = 1,
        ["smallcaps"] = 1,
        ["ill"] = 1,
        ["sic"] = 1,
        ["visible anchor"] = 1,
        ["linktext"] = 1,
        ["lang-en"] = 1,
        ["'"] = 0,
        ["nbsp"] = 0,
        ["quote"] = 1,
        ["blockquote"] = 1,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenSet<string> _filePrefixes;
    private readonly FrozenSet<string> _categoryPrefixes;

    /// <summary>Initializes a new instance of the <see cref="WikitextStripper"/> class.</summary>
    /// <param name="filePrefixes">The wiki's names of the File and Media namespaces (local names and aliases), besides the English ones.</param>
    /// <param name="categoryPrefixes">The wiki's names of the Category namespace, besides the English one.</param>
    /// <exception cref="ArgumentNullException">A list is <see langword="null"/>.</exception>
    public WikitextStripper(IEnumerable<string> filePrefixes, IEnumerable<string> categoryPrefixes)
    {
        ArgumentNullException.ThrowIfNull(filePrefixes);
        ArgumentNullException.ThrowIfNull(categoryPrefixes);
        _filePrefixes = filePrefixes.Select(p => p.Replace('_', ' ')).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _categoryPrefixes = categoryPrefixes.Select(p => p.Replace('_', ' ')).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Gets a stripper that knows only the English namespace names.</summary>
    public static WikitextStripper English { get; } = new([], []);

    /// <summary>Strips a page's wikitext to plain text.</summary>
    /// <param name="wikitext">The wikitext.</param>
    /// <returns>The plain text: one line per paragraph, heading, list item or table row, whitespace collapsed.</returns>
    public string Strip(string wikitext)
    {
        ArgumentNullException.ThrowIfNull(wikitext);
        var first = RemoveBlocks(wikitext, 0);
        var text = StripLines(first);
        return text.Length > MaxLength ? text[..MaxLength] : text;
    }

    /// <summary>Pass 1: comments, templates, parser functions, dropped tags.</summary>
    private string RemoveBlocks(string s, int depth)
    {
        var sb = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '<')
            {
                if (string.CompareOrdinal(s, i, "<!--", 0, 4) == 0)
                {
                    var end = s.IndexOf("-->", i + 4, StringComparison.Ordinal);
                    i = end < 0 ? s.Length : end + 3;
                    continue;
                }

                if (TrySkipDroppedTag(s, i, out var next))
                {
                    sb.Append(' ');
                    i = next;
                    continue;
                }
            }
            else if (c == '{' && i + 1 < s.Length && s[i + 1] == '{')
            {
                var end = FindClosingBraces(s, i);
                if (end > 0)
                {
                    if (depth < 4)
                    {
                        AppendTemplateText(sb, s.AsSpan(i + 2, end - i - 4), depth);
                    }

                    i = end;
                    continue;
                }
            }

            sb.Append(c);
            i++;
        }

        return sb.ToString();
    }

    /// <summary>Finds the end (exclusive) of a <c>{{…}}</c> or <c>{{{…}}}</c> starting at <paramref name="start"/>, or -1.</summary>
    private int FindClosingBraces(string s, int start)
    {
        var depth = 0;
        var limit = Math.Min(s.Length, start + MaxLookahead);
        for (var i = start; i < limit - 1; i++)
        {
            if (s[i] == '{' && s[i + 1] == '{')
            {
                depth++;
                i++;
            }
            else if (s[i] == '}' && s[i + 1] == '}')
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

    private void AppendTemplateText(StringBuilder sb, ReadOnlySpan<char> inner, int depth)
    {
        if (inner.Length > 0 && inner[0] == '{')
        {
            return;
        }

        var args = SplitTopLevel(inner);
        var name = args[0].Trim();
        if (name.Contains(':', StringComparison.Ordinal) || !TextTemplates.TryGetValue(name.Replace('_', ' '), out var index))
        {
            sb.Append(' ');
            return;
        }

        if (index == 0)
        {
            sb.Append(' ');
            return;
        }

        var positional = args.Skip(1).Where(a => !IsNamed(a)).ToList();
        if (positional.Count >= index)
        {
            sb.Append(RemoveBlocks(positional[index - 1], depth + 1));
        }
    }

    private bool IsNamed(string argument)
    {
        var eq = argument.IndexOf('=', StringComparison.Ordinal);
        return eq > 0 && argument.AsSpan(0, eq).IndexOfAny("[{<") < 0;
    }

    /// <summary>Splits template arguments on the pipes that are not inside nested braces or links.</summary>
    private List<string> SplitTopLevel(ReadOnlySpan<char> inner)
    {
        var parts = new List<string>();
        int braces = 0, brackets = 0, start = 0;
        for (var i = 0; i < inner.Length; i++)
        {
            var c = inner[i];
            if (c == '{')
            {
                braces++;
            }
            else if (c == '}')
            {
                braces--;
            }
            else if (c == '[')
            {
                brackets++;
            }
            else if (c == ']')
            {
                brackets--;
            }
            else if (c == '|' && braces <= 0 && brackets <= 0)
            {
                parts.Add(inner[start..i].ToString());
                start = i + 1;
            }
        }

        parts.Add(inner[start..].ToString());
        return parts;
    }

    private bool TrySkipDroppedTag(string s, int i, out int next)
    {
        next = i;
        var nameStart = i + 1;
        var nameEnd = nameStart;
        while (nameEnd < s.Length && nameEnd - nameStart < 20 && (char.IsAsciiLetterOrDigit(s[nameEnd]) || s[nameEnd] == '-'))
        {
            nameEnd++;
        }

        if (nameEnd == nameStart || nameEnd >= s.Length || !(s[nameEnd] is '>' or '/' or ' ' or '\t' or '\n'))
        {
            return false;
        }

        var name = s[nameStart..nameEnd];
        if (!DroppedTags.Contains(name))
        {
            return false;
        }

        var close = s.IndexOf('>', nameEnd);
        if (close < 0)
        {
            return false;
        }

        if (s[close - 1] == '/')
        {
            next = close + 1;
            return true;
        }

        var endTag = s.IndexOf("</" + name, close, StringComparison.OrdinalIgnoreCase);
        if (endTag < 0)
        {
            // MediaWiki drops an unclosed extension tag's content to the end of the page.
            next = s.Length;
            return true;
        }

        var endClose = s.IndexOf('>', endTag);
        next = endClose < 0 ? s.Length : endClose + 1;
        return true;
    }
}
