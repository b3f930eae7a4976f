using System.Globalization;
using System.Text;
using Athenaeum.Wikitext.Syntax;

namespace Athenaeum.Wikitext.Tests.Syntax;

/// <summary>
/// A compact dump of a preprocessor tree, in the same format as the PHP script that dumps MediaWiki's
/// own trees (TestData/Preprocessor/README.md): adjacent text merged and JSON-quoted, T(…) templates,
/// A(…) arguments, X(…) tags, C"…" comments, I"…" ignored markup, H2.1(…) headings.
/// </summary>
internal static class TreeDump
{
    public static string Dump(NodeList list)
    {
        var items = new List<string>();
        var text = new StringBuilder();
        foreach (var node in list)
        {
            if (node is PlainText plain)
            {
                text.Append(plain.Text);
                continue;
            }

            if (text.Length > 0)
            {
                items.Add(Quote(text.ToString()));
                text.Clear();
            }

            items.Add(DumpNode(node));
        }

        if (text.Length > 0)
        {
            items.Add(Quote(text.ToString()));
        }

        return string.Join(' ', items);
    }

    private static string DumpNode(Node node) => node switch
    {
        Template t => "T(" + (t.AtLineStart ? "^" : string.Empty) + Dump(t.Name) + Parts(t.Arguments) + ")",
        ArgumentReference a => "A(" + (a.AtLineStart ? "^" : string.Empty) + Dump(a.Name) + Parts(a.Parts) + ")",
        Comment c => "C" + Quote(c.Text),
        IgnoredMarkup i => "I" + Quote(i.Text),
        ParserTag x => "X(" + Quote(x.Name) + " " + Quote(x.Attributes) + " " + (x.Content is null ? "null" : Quote(x.Content)) + " " + (x.ClosingTag is null ? "null" : Quote(x.ClosingTag)) + ")",
        Heading h => (h.IsSectionHeading ? "H" : "h") + h.Level.ToString(CultureInfo.InvariantCulture) + "." + h.Index.ToString(CultureInfo.InvariantCulture) + "(" + Dump(h.Content) + ")",
        _ => "?" + node.GetType().Name,
    };

    private static string Parts(IReadOnlyList<TemplateArgument> parts)
    {
        var sb = new StringBuilder();
        foreach (var part in parts)
        {
            sb.Append(" |");
            if (part.Name is null)
            {
                sb.Append('#').Append(part.Position.ToString(CultureInfo.InvariantCulture)).Append(':').Append(Dump(part.Value));
            }
            else
            {
                sb.Append(Dump(part.Name)).Append(" = ").Append(Dump(part.Value));
            }
        }

        return sb.ToString();
    }

    /// <summary>Quotes like PHP's json_encode with JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES.</summary>
    public static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                case '\b':
                    sb.Append("\\b");
                    break;
                case '\f':
                    sb.Append("\\f");
                    break;
                default:
                    if (c < 0x20 || c is '\u2028' or '\u2029')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }
}
