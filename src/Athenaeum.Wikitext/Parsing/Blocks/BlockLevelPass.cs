using System.Text;
using System.Text.RegularExpressions;

namespace Athenaeum.Wikitext.Parsing.Blocks;

/// <summary>
/// The block-level pass (MediaWiki's BlockLevelPass, run after the inline passes): wraps text lines in
/// paragraphs, turns line prefixes <c>* # ; :</c> into nested lists, and lines starting with a space
/// into <c>&lt;pre&gt;</c>. It works line by line on half-parsed HTML, and decides from the tags on a
/// line whether a paragraph may open there — the exact rules of MediaWiki 1.39, quirks included
/// (docs/wikitext-grammar.md, "Block levels").
/// </summary>
/// <remarks>Not thread-safe: one instance per call of <see cref="Run"/>.</remarks>
internal sealed partial class BlockLevelPass
{
    private readonly StringBuilder _output = new();
    private bool _dtOpen;
    private bool _inPre;

    // The element of the open paragraph-like block: "p", "pre", or "" when none is open.
    private string _lastParagraph = string.Empty;

    private BlockLevelPass()
    {
    }

    /// <summary>Runs the pass.</summary>
    /// <param name="text">Half-parsed HTML, after the inline passes.</param>
    /// <param name="lineStart">Whether the text starts at the beginning of a line.</param>
    /// <returns>The text with paragraphs, lists and pre blocks.</returns>
    public static string Run(string text, bool lineStart = true) => new BlockLevelPass().Execute(text, lineStart);

    private string CloseParagraph(bool atTheEnd = false)
    {
        var result = string.Empty;
        if (_lastParagraph.Length > 0)
        {
            result = "</" + _lastParagraph + ">" + (atTheEnd ? string.Empty : "\n");
        }

        _inPre = false;
        _lastParagraph = string.Empty;
        return result;
    }

    private string OpenList(char c)
    {
        var result = CloseParagraph();
        switch (c)
        {
            case '*':
                return result + "<ul><li>";
            case '#':
                return result + "<ol><li>";
            case ':':
                return result + "<dl><dd>";
            default:
                _dtOpen = true;
                return result + "<dl><dt>";
        }
    }

    private string NextItem(char c)
    {
        if (c is '*' or '#')
        {
            return "</li>\n<li>";
        }

        var close = _dtOpen ? "</dt>\n" : "</dd>\n";
        if (c == ';')
        {
            _dtOpen = true;
            return close + "<dt>";
        }

        _dtOpen = false;
        return close + "<dd>";
    }

    private string CloseList(char c)
    {
        switch (c)
        {
            case '*':
                return "</li></ul>";
            case '#':
                return "</li></ol>";
            default:
                if (_dtOpen)
                {
                    _dtOpen = false;
                    return "</dt></dl>";
                }

                return "</dd></dl>";
        }
    }

    private string Execute(string text, bool lineStart)
    {
        var lines = text.Split('\n');
        var lastPrefix = string.Empty;
        var prefix = string.Empty;
        var prefix2 = string.Empty;
        var prefixLength = 0;
        var inBlockElem = false;
        var inBlockquote = false;

        // "" = no pending paragraph tag; otherwise the tag(s) to emit before the next text line.
        string? pendingPTag = null;

        for (var index = 0; index < lines.Length; index++)
        {
            var inputLine = lines[index];
            var notLastLine = index < lines.Length - 1;
            if (!lineStart)
            {
                _output.Append(inputLine);
                lineStart = true;
                continue;
            }

            var lastPrefixLength = lastPrefix.Length;
            var preCloseMatch = PreCloseRegex().IsMatch(inputLine);
            var preOpenMatch = PreOpenRegex().IsMatch(inputLine);
            string t;
            if (!_inPre)
            {
                prefixLength = CountPrefix(inputLine);
                prefix = inputLine[..prefixLength];

                // ";" and ":" both belong to definition lists: equivalent for opening and closing.
                prefix2 = prefix.Replace(';', ':');
                t = inputLine[prefixLength..];
                _inPre = preOpenMatch;
            }
            else
            {
                // No list prefixes inside preformatted text.
                prefixLength = 0;
                prefix = prefix2 = string.Empty;
                t = inputLine;
            }

            if (prefixLength > 0 && string.Equals(lastPrefix, prefix2, StringComparison.Ordinal))
            {
                // Same prefix as the previous line: the next item of the same list.
                _output.Append(NextItem(prefix[^1]));
                pendingPTag = null;
                if (prefix[^1] == ';' && DefinitionListColon.TrySplit(t, out var term, out var rest))
                {
                    // "; term : definition" on one line.
                    t = rest;
                    _output.Append(PhpTrim(term)).Append(NextItem(':'));
                }
            }
            else if (prefixLength > 0 || lastPrefixLength > 0)
            {
                var common = CommonPrefixLength(prefix, lastPrefix);
                pendingPTag = null;
                while (common < lastPrefixLength)
                {
                    _output.Append(CloseList(lastPrefix[lastPrefixLength - 1]));
                    lastPrefixLength--;
                }

                if (prefixLength <= common && common > 0)
                {
                    _output.Append(NextItem(prefix[common - 1]));
                }

                // A ":" continuing a ";" line closes the open <dt>.
                if (_dtOpen && common > 0 && prefix[common - 1] == ':')
                {
                    _output.Append(NextItem(':'));
                }

                if (lastPrefix.Length > 0 && prefixLength > common)
                {
                    _output.Append('\n');
                }

                while (prefixLength > common)
                {
                    var c = prefix[common];
                    _output.Append(OpenList(c));
                    if (c == ';' && DefinitionListColon.TrySplit(t, out var term, out var rest))
                    {
                        t = rest;
                        _output.Append(PhpTrim(term)).Append(NextItem(':'));
                    }

                    common++;
                }

                if (prefixLength == 0 && lastPrefix.Length > 0)
                {
                    _output.Append('\n');
                }

                lastPrefix = prefix2;
            }

            if (prefixLength == 0)
            {
                // Paragraph mode.
                var openMatch = BlockOpenRegex().IsMatch(t);
                var closeMatch = BlockCloseRegex().IsMatch(t);
                if (openMatch || closeMatch)
                {
                    pendingPTag = null;

                    // Close the paragraph unless inside a <pre> opened on an earlier line.
                    if (!_inPre || preOpenMatch)
                    {
                        _output.Append(CloseParagraph());
                    }

                    if (preOpenMatch && !preCloseMatch)
                    {
                        _inPre = true;
                    }

                    foreach (Match bq in BlockquoteRegex().Matches(t))
                    {
                        inBlockquote = bq.Groups[1].Length == 0;
                    }

                    inBlockElem = !closeMatch;
                }
                else if (!inBlockElem && !_inPre)
                {
                    if (t.StartsWith(' ')
                        && (string.Equals(_lastParagraph, "pre", StringComparison.Ordinal) || PhpTrim(t).Length > 0)
                        && !inBlockquote)
                    {
                        // Indented line: preformatted.
                        if (!string.Equals(_lastParagraph, "pre", StringComparison.Ordinal))
                        {
                            pendingPTag = null;
                            _output.Append(CloseParagraph()).Append("<pre>");
                            _lastParagraph = "pre";
                        }

                        t = t[1..];
                    }
                    else if (StyleOrLinkLineRegex().IsMatch(t))
                    {
                        // T186965: a <style> or <link> alone on a line neither opens nor closes a
                        // paragraph, but it does clear a pending one.
                        if (pendingPTag is not null)
                        {
                            _output.Append(CloseParagraph());
                            pendingPTag = null;
                        }
                    }
                    else if (PhpTrim(t).Length == 0)
                    {
                        // A blank line: closes the paragraph, or turns a second blank line into <br />.
                        if (pendingPTag is not null)
                        {
                            _output.Append(pendingPTag).Append("<br />");
                            pendingPTag = null;
                            _lastParagraph = "p";
                        }
                        else if (!string.Equals(_lastParagraph, "p", StringComparison.Ordinal))
                        {
                            _output.Append(CloseParagraph());
                            pendingPTag = "<p>";
                        }
                        else
                        {
                            pendingPTag = "</p><p>";
                        }
                    }
                    else if (pendingPTag is not null)
                    {
                        _output.Append(pendingPTag);
                        pendingPTag = null;
                        _lastParagraph = "p";
                    }
                    else if (!string.Equals(_lastParagraph, "p", StringComparison.Ordinal))
                    {
                        _output.Append(CloseParagraph()).Append("<p>");
                        _lastParagraph = "p";
                    }
                }
            }

            // T2785: leave the <pre> block at its closing tag.
            if (preCloseMatch && _inPre)
            {
                _inPre = false;
            }

            if (pendingPTag is null)
            {
                if (prefixLength == 0)
                {
                    _output.Append(t);
                    if (notLastLine || _lastParagraph.Length > 0)
                    {
                        _output.Append('\n');
                    }
                }
                else
                {
                    _output.Append(PhpTrim(t));
                }
            }
        }

        while (prefixLength > 0)
        {
            _output.Append(CloseList(prefix2[prefixLength - 1]));
            prefixLength--;
            if (prefixLength == 0 && _lastParagraph.Length > 0)
            {
                _output.Append('\n');
            }
        }

        _output.Append(CloseParagraph(atTheEnd: true));
        return _output.ToString();
    }

    private static int CountPrefix(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] is '*' or '#' or ':' or ';')
        {
            i++;
        }

        return i;
    }

    private static int CommonPrefixLength(string a, string b)
    {
        var shorter = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < shorter && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    /// <summary>Trims as PHP's <c>trim()</c> does: space, tab, newline, carriage return, NUL and vertical tab.</summary>
    internal static string PhpTrim(string s) => s.Trim(' ', '\t', '\n', '\r', '\0', '\x0B');

    [GeneratedRegex("</pre", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PreCloseRegex();

    [GeneratedRegex("<pre", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PreOpenRegex();

    // Tags that suppress paragraphs after them: block elements opening, table cells closing, and
    // table rows, captions and list items either way.
    [GeneratedRegex(@"<((table|h1|h2|h3|h4|h5|h6|pre|p|ul|ol|dl)|/(td|th)|/?(tr|caption|dt|dd|li))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockOpenRegex();

    // Tags that end a block: block elements closing, table cells opening, and elements that never suppress.
    [GeneratedRegex(@"<(/(table|h1|h2|h3|h4|h5|h6|pre|p|ul|ol|dl)|(td|th)|/?(center|blockquote|div|hr|mw:|aside|figure))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockCloseRegex();

    [GeneratedRegex(@"<(/?)blockquote[ \t\n\r\f\v>]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockquoteRegex();

    [GeneratedRegex(@"^(?:<style\b[^>]*>.*?</style>[ \t\n\r\f\v]*|<link\b[^>]*>[ \t\n\r\f\v]*)+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StyleOrLinkLineRegex();
}
