namespace Athenaeum.Wikitext.Parsing.Blocks;

/// <summary>
/// Finds the colon that splits <c>; term : definition</c> on one line, skipping colons inside HTML
/// tags, comments (link placeholders are comments, so colons in links are skipped too) and
/// language-converter markup <c>-{…}-</c>, as MediaWiki's findColonNoLinks does.
/// </summary>
internal static class DefinitionListColon
{
    private enum State
    {
        Text,
        Tag,
        TagStart,
        CloseTag,
        TagSlash,
        Comment,
        CommentDash,
        CommentDashDash,
        LanguageConverter,
    }

    /// <summary>Splits a line at its first colon outside tags.</summary>
    /// <param name="line">The text after the list prefix.</param>
    /// <param name="before">The term, before the colon.</param>
    /// <param name="after">The definition, after the colon.</param>
    /// <returns><see langword="true"/> when such a colon exists.</returns>
    public static bool TrySplit(string line, out string before, out string after)
    {
        before = after = string.Empty;
        var first = IndexOfInteresting(line, 0);
        if (first < 0)
        {
            return false;
        }

        if (line[first] == ':')
        {
            before = line[..first];
            after = line[(first + 1)..];
            return true;
        }

        var state = State.Text;
        var tagLevel = 0;
        var lcLevel = 0;
        for (var i = first; i < line.Length; i++)
        {
            var c = line[i];
            switch (state)
            {
                case State.Text:
                    if (c == '<')
                    {
                        state = State.TagStart;
                    }
                    else if (c == ':')
                    {
                        if (tagLevel == 0)
                        {
                            before = line[..i];
                            after = line[(i + 1)..];
                            return true;
                        }
                    }
                    else
                    {
                        var next = IndexOfInteresting(line, i);
                        if (next < 0)
                        {
                            return false;
                        }

                        if (line[next] == '-')
                        {
                            state = State.LanguageConverter;
                            lcLevel++;
                            i = next + 1;
                        }
                        else
                        {
                            i = next - 1;
                        }
                    }

                    break;

                case State.LanguageConverter:
                    var open = line.IndexOf("-{", i, StringComparison.Ordinal);
                    var close = line.IndexOf("}-", i, StringComparison.Ordinal);
                    if (open < 0 && close < 0)
                    {
                        return false;
                    }

                    if (open >= 0 && (close < 0 || open < close))
                    {
                        i = open + 1;
                        lcLevel++;
                    }
                    else
                    {
                        i = close + 1;
                        if (--lcLevel == 0)
                        {
                            state = State.Text;
                        }
                    }

                    break;

                case State.Tag:
                    if (c == '>')
                    {
                        tagLevel++;
                        state = State.Text;
                    }
                    else if (c == '/')
                    {
                        state = State.TagSlash;
                    }

                    break;

                case State.TagStart:
                    state = c switch
                    {
                        '/' => State.CloseTag,
                        '!' => State.Comment,
                        '>' => State.Text,
                        _ => State.Tag,
                    };
                    break;

                case State.CloseTag:
                    if (c == '>')
                    {
                        // An excess closing tag is ignored, and the search goes on.
                        if (tagLevel > 0)
                        {
                            tagLevel--;
                        }

                        state = State.Text;
                    }

                    break;

                case State.TagSlash:
                    state = c == '>' ? State.Text : State.Tag;
                    break;

                case State.Comment:
                    if (c == '-')
                    {
                        state = State.CommentDash;
                    }

                    break;

                case State.CommentDash:
                    state = c == '-' ? State.CommentDashDash : State.Comment;
                    break;

                default:
                    state = c == '>' ? State.Text : State.Comment;
                    break;
            }
        }

        return false;
    }

    // The next ":", "<" or "-{" at or after start; returns the index of its first character.
    private static int IndexOfInteresting(string s, int start)
    {
        for (var i = start; i < s.Length; i++)
        {
            var c = s[i];
            if (c is ':' or '<' || (c == '-' && i + 1 < s.Length && s[i + 1] == '{'))
            {
                return i;
            }
        }

        return -1;
    }
}
