using System.Collections.Frozen;
using System.Text;
using Athenaeum.Storage;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Import.Scanning;

/// <content>The pass over comments and tags that runs before the link scan.</content>
public sealed partial class WikitextLinkScanner
{
    // Tags whose content is not wikitext on a page view: MediaWiki's nowiki/pre, includeonly (shown only
    // when transcluded), and extension tags of Wikimedia wikis that take their content verbatim.
    private static readonly FrozenSet<string> OpaqueTags = FrozenSet.ToFrozenSet(
    [
        "nowiki", "pre", "includeonly", "math", "chem", "ce", "score", "syntaxhighlight", "source", "templatedata", "graph",
        "mapframe", "maplink", "timeline", "hiero", "charinsert", "inputbox", "categorytree", "section", "rss",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Removes comments and the content of opaque tags, and records the files of galleries and image maps
    /// and the style pages of <c>&lt;templatestyles&gt;</c>. Returns the text to scan for links.
    /// </summary>
    private string Preprocess(string text, ScannedLinks links)
    {
        if (!text.Contains('<', StringComparison.Ordinal))
        {
            return text;
        }

        StringBuilder? output = null;
        var copied = 0;
        var i = 0;
        while (i < text.Length)
        {
            var lt = text.IndexOf('<', i);
            if (lt < 0)
            {
                break;
            }

            if (string.CompareOrdinal(text, lt, "<!--", 0, 4) == 0)
            {
                var end = text.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 3;
                Cut(ref output, text, ref copied, lt, i);
                continue;
            }

            var nameEnd = lt + 1;
            while (nameEnd < text.Length && char.IsAsciiLetter(text[nameEnd]))
            {
                nameEnd++;
            }

            var tagEnd = nameEnd == lt + 1 || nameEnd >= text.Length || !(char.IsWhiteSpace(text[nameEnd]) || text[nameEnd] is '>' or '/')
                ? -1
                : text.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                i = lt + 1;
                continue;
            }

            var name = text[(lt + 1)..nameEnd];
            var selfClosing = text[tagEnd - 1] == '/';
            if (OpaqueTags.Contains(name))
            {
                if (selfClosing)
                {
                    i = tagEnd + 1;
                    Cut(ref output, text, ref copied, lt, i);
                    continue;
                }

                var (closeStart, closeEnd) = FindClosingTag(text, name, tagEnd + 1);
                if (closeStart < 0 && !name.Equals("includeonly", StringComparison.OrdinalIgnoreCase))
                {
                    // An unclosed extension tag is literal text in MediaWiki.
                    i = tagEnd + 1;
                    continue;
                }

                i = closeStart < 0 ? text.Length : closeEnd;
                Cut(ref output, text, ref copied, lt, i);
                continue;
            }

            if (!selfClosing && (name.Equals("gallery", StringComparison.OrdinalIgnoreCase) || name.Equals("imagemap", StringComparison.OrdinalIgnoreCase)))
            {
                var (closeStart, _) = FindClosingTag(text, name, tagEnd + 1);
                if (closeStart >= 0)
                {
                    AddFileLines(text.AsSpan((tagEnd + 1)..closeStart), links, firstOnly: name.Equals("imagemap", StringComparison.OrdinalIgnoreCase));
                }
            }
            else if (name.Equals("templatestyles", StringComparison.OrdinalIgnoreCase))
            {
                AddTemplateStyles(text.AsSpan(nameEnd, tagEnd - nameEnd), links);
            }

            // Gallery captions and other tags' content are wikitext: the link scan reads them.
            i = tagEnd + 1;
        }

        if (output is null)
        {
            return text;
        }

        output.Append(text, copied, text.Length - copied);
        return output.ToString();
    }

    /// <summary>Drops text[from..to) from the output, leaving a space so that the tokens around it stay apart.</summary>
    private static void Cut(ref StringBuilder? output, string text, ref int copied, int from, int to)
    {
        output ??= new StringBuilder(text.Length);
        output.Append(text, copied, from - copied).Append(' ');
        copied = to;
    }

    private static (int Start, int End) FindClosingTag(string text, string name, int from)
    {
        var i = from;
        while (true)
        {
            var at = text.IndexOf("</", i, StringComparison.Ordinal);
            if (at < 0)
            {
                return (-1, -1);
            }

            var after = at + 2 + name.Length;
            if (after <= text.Length && string.Compare(text, at + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                var gt = after;
                while (gt < text.Length && char.IsWhiteSpace(text[gt]))
                {
                    gt++;
                }

                if (gt < text.Length && text[gt] == '>')
                {
                    return (at, gt + 1);
                }
            }

            i = at + 2;
        }
    }

    private void AddFileLines(ReadOnlySpan<char> content, ScannedLinks links, bool firstOnly)
    {
        foreach (var range in content.Split('\n'))
        {
            var line = content[range].Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            var pipe = line.IndexOf('|');
            var file = (pipe < 0 ? line : line[..pipe]).ToString();
            var title = _titles.Parse(file, StandardNamespaces.File);
            if (title is { Namespace: StandardNamespaces.File, IsExternal: false })
            {
                links.AddImage(title.Text);
            }

            if (firstOnly)
            {
                return;
            }
        }
    }

    private void AddTemplateStyles(ReadOnlySpan<char> attributes, ScannedLinks links)
    {
        var src = attributes.IndexOf("src", StringComparison.OrdinalIgnoreCase);
        if (src < 0)
        {
            return;
        }

        var rest = attributes[(src + 3)..].TrimStart();
        if (rest.IsEmpty || rest[0] != '=')
        {
            return;
        }

        rest = rest[1..].TrimStart();
        ReadOnlySpan<char> value;
        if (!rest.IsEmpty && rest[0] is '"' or '\'')
        {
            var end = rest[1..].IndexOf(rest[0]);
            value = end < 0 ? rest[1..] : rest.Slice(1, end);
        }
        else
        {
            var end = rest.IndexOfAny(' ', '/', '\t');
            value = end < 0 ? rest : rest[..end];
        }

        var title = _titles.Parse(value.ToString(), StandardNamespaces.Template);
        if (title is { IsExternal: false } && title.Text.Length > 0 && title.Namespace >= 0)
        {
            links.AddTemplate(new LinkTarget(title.Namespace, title.Text));
        }
    }
}
