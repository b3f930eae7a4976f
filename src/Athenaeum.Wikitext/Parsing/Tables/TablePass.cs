using System.Text;
using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Parsing.Tables;

/// <summary>
/// Wikitext tables (MediaWiki's handleTables): <c>{|</c> opens a table (after optional <c>:</c> indents, which
/// become <c>&lt;dl&gt;&lt;dd&gt;</c>), <c>|-</c> a row, <c>|+</c> a caption, <c>|</c> and <c>!</c> cells, with
/// <c>||</c> and <c>!!</c> separating cells on one line and the first single <c>|</c> of a cell separating
/// its attributes; <c>|}</c> closes. Works line by line with a stack per nested table, and writes
/// MediaWiki's exact tags and newlines (the empty-table <c>&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;/tr&gt;</c> included).
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
internal sealed partial class TablePass
{
    private readonly RenderSession _session;

    // One entry per open table, innermost last.
    private readonly Stack<bool> _tdOpen = new();
    private readonly Stack<string> _lastTag = new();
    private readonly Stack<bool> _trOpen = new();
    private readonly Stack<string> _trAttributes = new();
    private readonly Stack<bool> _hasOpenedTr = new();

    public TablePass(RenderSession session) => _session = session;

    /// <summary>Converts the tables of a text.</summary>
    /// <param name="text">The text after tag sanitizing.</param>
    /// <returns>The text with table HTML.</returns>
    public string Run(string text)
    {
        if (!text.Contains("{|", StringComparison.Ordinal))
        {
            return text;
        }

        var output = new StringBuilder(text.Length + 64);
        var indentLevel = 0;
        foreach (var outLineOriginal in text.Split('\n'))
        {
            var outLine = outLineOriginal;
            var line = PhpTrim(outLine);
            if (line.Length == 0)
            {
                output.Append(outLine).Append('\n');
                continue;
            }

            var first = line[0];
            var firstTwo = line.Length >= 2 ? line[..2] : line;
            var start = TableStartRegex().Match(line);
            if (start.Success)
            {
                indentLevel = start.Groups[1].Length;
                var attributes = FixAttributes(start.Groups[2].Value, "table");
                outLine = Repeat("<dl><dd>", indentLevel) + "<table" + attributes + ">";
                _tdOpen.Push(false);
                _lastTag.Push(string.Empty);
                _trOpen.Push(false);
                _trAttributes.Push(string.Empty);
                _hasOpenedTr.Push(false);
            }
            else if (_tdOpen.Count == 0)
            {
                output.Append(outLine).Append('\n');
                continue;
            }
            else if (firstTwo == "|}")
            {
                line = "</table>" + line[2..];
                var lastTag = _lastTag.Pop();
                if (!_hasOpenedTr.Pop())
                {
                    line = "<tr><td></td></tr>" + line;
                }

                if (_trOpen.Pop())
                {
                    line = "</tr>" + line;
                }

                if (_tdOpen.Pop())
                {
                    line = "</" + lastTag + ">" + line;
                }

                _trAttributes.Pop();
                outLine = indentLevel > 0 ? PhpTrimEnd(line) + Repeat("</dd></dl>", indentLevel) : line;
            }
            else if (firstTwo == "|-")
            {
                var attributes = FixAttributes(RowDashesRegex().Replace(line, string.Empty, 1), "tr");
                _trAttributes.Pop();
                _trAttributes.Push(attributes);
                line = string.Empty;
                var lastTag = _lastTag.Pop();
                _hasOpenedTr.Pop();
                _hasOpenedTr.Push(true);
                if (_trOpen.Pop())
                {
                    line = "</tr>";
                }

                if (_tdOpen.Pop())
                {
                    line = "</" + lastTag + ">" + line;
                }

                outLine = line;
                _trOpen.Push(false);
                _tdOpen.Push(false);
                _lastTag.Push(string.Empty);
            }
            else if (first is '|' or '!')
            {
                outLine = Cells(line, firstTwo == "|+" ? '+' : first);
            }

            output.Append(outLine).Append('\n');
        }

        // Close whatever is still open.
        while (_tdOpen.Count > 0)
        {
            if (_tdOpen.Pop())
            {
                output.Append("</td>\n");
            }

            if (_trOpen.Pop())
            {
                output.Append("</tr>\n");
            }

            if (!_hasOpenedTr.Pop())
            {
                output.Append("<tr><td></td></tr>\n");
            }

            _lastTag.Pop();
            _trAttributes.Pop();
            output.Append("</table>\n");
        }

        if (output.Length > 0 && output[^1] == '\n')
        {
            output.Length--;
        }

        var result = output.ToString();
        return result == "<table>\n<tr><td></td></tr>\n</table>" ? string.Empty : result;
    }

    private string Cells(string line, char kind)
    {
        line = kind == '+' ? line[2..] : line[1..];

        // "!!" separates header cells too, except inside tags.
        if (kind == '!')
        {
            line = ReplaceOutsideTags(line, "!!", "||");
        }

        var outLine = new StringBuilder();
        foreach (var cellText in line.Split("||"))
        {
            var cell = cellText;
            var previous = string.Empty;
            if (kind != '+')
            {
                var trAfter = _trAttributes.Pop();
                if (!_trOpen.Pop())
                {
                    previous = "<tr" + trAfter + ">\n";
                }

                _trOpen.Push(true);
                _trAttributes.Push(string.Empty);
                _hasOpenedTr.Pop();
                _hasOpenedTr.Push(true);
            }

            var lastTag = _lastTag.Pop();
            if (_tdOpen.Pop())
            {
                previous = "</" + lastTag + ">\n" + previous;
            }

            lastTag = kind switch
            {
                '|' => "td",
                '!' => "th",
                _ => "caption",
            };
            _lastTag.Push(lastTag);

            var bar = cell.IndexOf('|', StringComparison.Ordinal);
            var attributePart = bar >= 0 ? cell[..bar] : cell;

            // T2553, T153140: a "|" in a link or in language-converter markup does not start the content.
            if (attributePart.Contains("[[", StringComparison.Ordinal) || attributePart.Contains("-{", StringComparison.Ordinal))
            {
                cell = previous + "<" + lastTag + ">" + PhpTrim(cell);
            }
            else if (bar < 0)
            {
                cell = previous + "<" + lastTag + ">" + PhpTrim(cell);
            }
            else
            {
                var attributes = FixAttributes(attributePart, lastTag);
                cell = previous + "<" + lastTag + attributes + ">" + PhpTrim(cell[(bar + 1)..]);
            }

            outLine.Append(cell);
            _tdOpen.Push(true);
        }

        return outLine.ToString();
    }

    private string FixAttributes(string attributes, string element)
        => Sanitizer.FixTagAttributes(_session.Strip.UnstripBoth(attributes), element, idMode: _session.PrimaryFragmentMode);

    // StringUtils::replaceMarkup: replaces outside "<…>" spans (a "<" up to the next ">").
    private static string ReplaceOutsideTags(string text, string search, string replace)
    {
        var sb = new StringBuilder(text.Length);
        var pos = 0;
        while (pos < text.Length)
        {
            var lt = text.IndexOf('<', pos);
            var gt = lt >= 0 ? text.IndexOf('>', lt + 1) : -1;
            if (lt < 0 || gt < 0)
            {
                sb.Append(text.AsSpan(pos).ToString().Replace(search, replace, StringComparison.Ordinal));
                break;
            }

            sb.Append(text[pos..lt].Replace(search, replace, StringComparison.Ordinal));
            sb.Append(text, lt, gt + 1 - lt);
            pos = gt + 1;
        }

        return sb.ToString();
    }

    private static string Repeat(string s, int count)
    {
        var sb = new StringBuilder(s.Length * count);
        for (var i = 0; i < count; i++)
        {
            sb.Append(s);
        }

        return sb.ToString();
    }

    private static string PhpTrim(string s) => s.Trim(' ', '\t', '\n', '\r', '\0', '\x0B');

    private static string PhpTrimEnd(string s) => s.TrimEnd(' ', '\t', '\n', '\r', '\0', '\x0B');

    [GeneratedRegex(@"^(:*)[ \t\n\r\f\v]*\{\|(.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex TableStartRegex();

    [GeneratedRegex(@"^\|-+", RegexOptions.CultureInvariant)]
    private static partial Regex RowDashesRegex();
}
