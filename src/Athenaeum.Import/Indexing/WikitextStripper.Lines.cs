using System.Text;

namespace Athenaeum.Import.Indexing;

/// <content>Pass 2: line structure (headings, lists, tables) and inline markup.</content>
public sealed partial class WikitextStripper
{
    private string StripLines(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var rawLine in s.Split('\n'))
        {
            var line = rawLine.AsSpan().TrimEnd();
            if (line.IsEmpty)
            {
                continue;
            }

            var start = sb.Length;
            if (line.StartsWith("{|") || line.StartsWith("|}") || line.StartsWith("|-") || line.StartsWith("----"))
            {
                continue;
            }

            if (line.StartsWith("|+"))
            {
                AppendInline(sb, line[2..]);
            }
            else if (line[0] is '|' or '!')
            {
                AppendCells(sb, line[1..]);
            }
            else if (line[0] == '=' && line[^1] == '=')
            {
                AppendInline(sb, line.Trim('='));
            }
            else if (line[0] is '*' or '#' or ':' or ';')
            {
                var markers = 0;
                while (markers < line.Length && line[markers] is '*' or '#' or ':' or ';')
                {
                    markers++;
                }

                AppendInline(sb, line[markers..]);
            }
            else
            {
                AppendInline(sb, line);
            }

            TrimEnd(sb);
            if (sb.Length > start)
            {
                sb.Append('\n');
            }

            if (sb.Length > MaxLength)
            {
                break;
            }
        }

        return sb.ToString().TrimEnd();
    }

    private void AppendCells(StringBuilder sb, ReadOnlySpan<char> row)
    {
        var rest = row;
        while (true)
        {
            var separator = IndexOfCellSeparator(rest);
            var cell = separator < 0 ? rest : rest[..separator];

            // "attributes | content": a single pipe outside links and templates ends the attributes.
            var pipe = IndexOfTopLevelPipe(cell);
            if (pipe >= 0)
            {
                cell = cell[(pipe + 1)..];
            }

            AppendInline(sb, cell);
            sb.Append(' ');
            if (separator < 0)
            {
                return;
            }

            rest = rest[(separator + 2)..];
        }
    }

    private int IndexOfCellSeparator(ReadOnlySpan<char> s)
    {
        var brackets = 0;
        for (var i = 0; i + 1 < s.Length; i++)
        {
            if (s[i] == '[')
            {
                brackets++;
            }
            else if (s[i] == ']')
            {
                brackets--;
            }
            else if (brackets <= 0 && ((s[i] == '|' && s[i + 1] == '|') || (s[i] == '!' && s[i + 1] == '!')))
            {
                return i;
            }
        }

        return -1;
    }

    private int IndexOfTopLevelPipe(ReadOnlySpan<char> s)
    {
        var brackets = 0;
        for (var i = 0; i < s.Length; i++)
        {
            switch (s[i])
            {
                case '[': brackets++; break;
                case ']': brackets--; break;
                case '|' when brackets <= 0: return i;
            }
        }

        return -1;
    }

    private void TrimEnd(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
        }
    }

    /// <summary>Appends text with a single space for any run of whitespace.</summary>
    private void AppendText(StringBuilder sb, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                if (sb.Length > 0 && sb[^1] is not ' ' and not '\n')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(c);
            }
        }
    }
}
