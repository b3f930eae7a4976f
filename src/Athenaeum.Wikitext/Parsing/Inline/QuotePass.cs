using System.Text;

namespace Athenaeum.Wikitext.Parsing.Inline;

/// <summary>
/// Bold and italics from runs of apostrophes, line by line, with MediaWiki's exact rules
/// (Parser::doQuotes): 2 = italics, 3 = bold, 5 = both; 4 is an apostrophe plus bold, more than 5 are
/// apostrophes plus 5; when a line has an odd number of both bold and italics runs, one bold run
/// becomes an apostrophe plus italics (preferring one after a single-letter word, then after a
/// longer word, then after a space); tags left open at the end of the line are closed.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class QuotePass
{
    /// <summary>Applies the apostrophe rules to every line of the text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with <c>&lt;i&gt;</c> and <c>&lt;b&gt;</c> tags.</returns>
    public static string Run(string text)
    {
        if (!text.Contains("''", StringComparison.Ordinal))
        {
            return text;
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = DoQuotes(lines[i]);
        }

        return string.Join('\n', lines);
    }

    /// <summary>Applies the apostrophe rules to one line.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The line with <c>&lt;i&gt;</c> and <c>&lt;b&gt;</c> tags.</returns>
    public static string DoQuotes(string line)
    {
        var parts = Split(line);
        if (parts.Count == 1)
        {
            return line;
        }

        var bold = 0;
        var italics = 0;
        for (var i = 1; i < parts.Count; i += 2)
        {
            var length = parts[i].Length;
            if (length == 4)
            {
                // T15227: ''''foo'''' is an apostrophe followed by bold.
                parts[i - 1] += "'";
                parts[i] = "'''";
                length = 3;
            }
            else if (length > 5)
            {
                // More than five: all but the last five are text.
                parts[i - 1] += new string('\'', length - 5);
                parts[i] = "'''''";
                length = 5;
            }

            if (length == 2)
            {
                italics++;
            }
            else if (length == 3)
            {
                bold++;
            }
            else
            {
                italics++;
                bold++;
            }
        }

        if (bold % 2 == 1 && italics % 2 == 1)
        {
            DemoteOneBold(parts);
        }

        return Convert(parts);
    }

    // Splits into text, run, text, run, …, text (runs of two or more apostrophes at odd indexes).
    private static List<string> Split(string line)
    {
        var parts = new List<string>();
        var start = 0;
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] == '\'' && i + 1 < line.Length && line[i + 1] == '\'')
            {
                var end = i;
                while (end < line.Length && line[end] == '\'')
                {
                    end++;
                }

                parts.Add(line[start..i]);
                parts.Add(line[i..end]);
                start = i = end;
            }
            else
            {
                i++;
            }
        }

        parts.Add(line[start..]);
        return parts;
    }

    private static void DemoteOneBold(List<string> parts)
    {
        var singleLetter = -1;
        var multiLetter = -1;
        var space = -1;
        for (var i = 1; i < parts.Count; i += 2)
        {
            if (parts[i].Length != 3)
            {
                continue;
            }

            var before = parts[i - 1];
            var last = before.Length > 0 ? before[^1] : '\0';

            // MediaWiki compares single bytes of UTF-8: the byte before the last is a space only
            // when the last character is ASCII and the one before it is a space.
            var secondLastIsSpace = before.Length > 1 && last < 0x80 && before[^2] == ' ';
            if (last == ' ')
            {
                if (space == -1)
                {
                    space = i;
                }
            }
            else if (secondLastIsSpace)
            {
                singleLetter = i;
                break;
            }
            else if (multiLetter == -1)
            {
                multiLetter = i;
            }
        }

        var chosen = singleLetter > -1 ? singleLetter : multiLetter > -1 ? multiLetter : space;
        if (chosen > -1)
        {
            parts[chosen] = "''";
            parts[chosen - 1] += "'";
        }
    }

    private static string Convert(List<string> parts)
    {
        var output = new StringBuilder();
        var buffer = new StringBuilder();
        var state = string.Empty;
        for (var i = 0; i < parts.Count; i++)
        {
            var r = parts[i];
            if (i % 2 == 0)
            {
                (state == "both" ? buffer : output).Append(r);
                continue;
            }

            switch (r.Length)
            {
                case 2:
                    switch (state)
                    {
                        case "i":
                            output.Append("</i>");
                            state = string.Empty;
                            break;
                        case "bi":
                            output.Append("</i>");
                            state = "b";
                            break;
                        case "ib":
                            output.Append("</b></i><b>");
                            state = "b";
                            break;
                        case "both":
                            output.Append("<b><i>").Append(buffer).Append("</i>");
                            state = "b";
                            break;
                        default:
                            output.Append("<i>");
                            state += "i";
                            break;
                    }

                    break;

                case 3:
                    switch (state)
                    {
                        case "b":
                            output.Append("</b>");
                            state = string.Empty;
                            break;
                        case "bi":
                            output.Append("</i></b><i>");
                            state = "i";
                            break;
                        case "ib":
                            output.Append("</b>");
                            state = "i";
                            break;
                        case "both":
                            output.Append("<i><b>").Append(buffer).Append("</b>");
                            state = "i";
                            break;
                        default:
                            output.Append("<b>");
                            state += "b";
                            break;
                    }

                    break;

                default:
                    switch (state)
                    {
                        case "b":
                            output.Append("</b><i>");
                            state = "i";
                            break;
                        case "i":
                            output.Append("</i><b>");
                            state = "b";
                            break;
                        case "bi":
                            output.Append("</i></b>");
                            state = string.Empty;
                            break;
                        case "ib":
                            output.Append("</b></i>");
                            state = string.Empty;
                            break;
                        case "both":
                            output.Append("<i><b>").Append(buffer).Append("</b></i>");
                            state = string.Empty;
                            break;
                        default:
                            buffer.Clear();
                            state = "both";
                            break;
                    }

                    break;
            }
        }

        if (state is "b" or "ib")
        {
            output.Append("</b>");
        }

        if (state is "i" or "bi" or "ib")
        {
            output.Append("</i>");
        }

        if (state == "bi")
        {
            output.Append("</b>");
        }

        // PHP treats "0" as false: a lonely ''''' followed by just "0" prints nothing.
        if (state == "both" && buffer.Length > 0 && !(buffer.Length == 1 && buffer[0] == '0'))
        {
            output.Append("<b><i>").Append(buffer).Append("</i></b>");
        }

        return output.ToString();
    }
}
