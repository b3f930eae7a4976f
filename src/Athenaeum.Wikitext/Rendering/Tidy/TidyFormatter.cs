using System.Collections.Frozen;
using System.Text;

namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>
/// MediaWiki's output format for tidied HTML (RemexHtml's HtmlFormatter as changed by MediaWiki's
/// RemexCompatFormatter): <c>&amp;</c> is never escaped (references are already normalized), no-break
/// spaces are written <c>&amp;#160;</c>, void elements end with <c> /&gt;</c>, and the newline that
/// HTML drops after <c>&lt;pre&gt;</c> is written back.
/// </summary>
/// <remarks>Stateless and thread-safe. Serialization is iterative, so deep nesting cannot overflow the stack.</remarks>
internal static class TidyFormatter
{
    private static readonly FrozenSet<string> VoidElements = FrozenSet.Create(
        StringComparer.Ordinal,
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link",
        "menuitem", "meta", "param", "source", "track", "wbr");

    private static readonly FrozenSet<string> RawTextElements = FrozenSet.Create(
        StringComparer.Ordinal, "style", "script", "xmp", "iframe", "noembed", "noframes", "plaintext", "noscript");

    /// <summary>Gets whether text in this HTML element is written without escaping.</summary>
    /// <param name="name">The element name.</param>
    /// <returns><see langword="true"/> for raw text elements.</returns>
    public static bool IsRawTextElement(string name) => RawTextElements.Contains(name);

    /// <summary>Escapes text: <c>&lt; &gt;</c>, no-break space and U+0338 (which would combine with a preceding '&gt;').</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string EscapeText(string text)
    {
        if (text.AsSpan().IndexOfAny("<>\u00A0\u0338") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\u00A0': sb.Append("&#160;"); break;
                case '\u0338': sb.Append("&#x338;"); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Writes the children of <paramref name="parent"/>.</summary>
    /// <param name="parent">The node whose contents to write.</param>
    /// <param name="sb">The output.</param>
    public static void WriteChildren(SerializerNode parent, StringBuilder sb)
    {
        Measure(parent);
        var stack = new Stack<(SerializerNode Node, int Next)>();
        stack.Push((parent, 0));
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            if (next >= node.Children.Count || (node.IsVoid && !ReferenceEquals(node, parent)))
            {
                if (!ReferenceEquals(node, parent))
                {
                    WriteEnd(node, sb);
                }

                continue;
            }

            stack.Push((node, next + 1));
            switch (node.Children[next])
            {
                case string s:
                    sb.Append(s);
                    break;
                case SerializerNode child:
                    WriteStart(child, sb);
                    stack.Push((child, 0));
                    break;
            }
        }
    }

    private static void WriteStart(SerializerNode node, StringBuilder sb)
    {
        if (node.IsPWrapper)
        {
            if (node.NonblankNodeCount > 0)
            {
                sb.Append("<p>");
            }

            return;
        }

        if (IsMarkedEmpty(node))
        {
            sb.Append('<').Append(node.Name).Append(" class=\"mw-empty-elt\">");
            return;
        }

        sb.Append('<').Append(node.Name);
        foreach (var (name, value) in node.Attributes.Items)
        {
            sb.Append(' ').Append(name).Append("=\"").Append(EncodeAttribute(value)).Append('"');
        }

        if (IsVoidHtml(node))
        {
            sb.Append(" />");
            return;
        }

        sb.Append('>');
        if (node.Namespace == HtmlNamespace.Html && node.ContentFirstChar == '\n' && node.Name is "pre" or "textarea" or "listing")
        {
            sb.Append('\n');
        }
    }

    private static void WriteEnd(SerializerNode node, StringBuilder sb)
    {
        if (node.IsPWrapper)
        {
            if (node.NonblankNodeCount > 0)
            {
                sb.Append("</p>");
            }

            return;
        }

        if (!IsVoidHtml(node))
        {
            sb.Append("</").Append(node.Name).Append('>');
        }
    }

    private static bool IsVoidHtml(SerializerNode node) => node.Namespace == HtmlNamespace.Html && VoidElements.Contains(node.Name);

    private static bool IsMarkedEmpty(SerializerNode node) =>
        node.Name is "li" or "p" or "tr" && node.Attributes.Count == 0 && node.ContentAllWhitespace;

    private static string EncodeAttribute(string value)
    {
        if (value.AsSpan().IndexOfAny("\"\u00A0&") < 0)
        {
            return value;
        }

        var escaped = value.Replace("\"", "&quot;", StringComparison.Ordinal).Replace("\u00A0", "&#160;", StringComparison.Ordinal);
        return Sanitization.Sanitizer.NormalizeCharReferences(escaped);
    }

    /// <summary>Computes, for every node below <paramref name="top"/>, whether its contents are all whitespace and how they start (post-order, iterative).</summary>
    private static void Measure(SerializerNode top)
    {
        var stack = new Stack<(SerializerNode Node, bool Expanded)>();
        stack.Push((top, false));
        while (stack.Count > 0)
        {
            var (node, expanded) = stack.Pop();
            if (!expanded)
            {
                stack.Push((node, true));
                foreach (var child in node.Children)
                {
                    if (child is SerializerNode c)
                    {
                        stack.Push((c, false));
                    }
                }

                continue;
            }

            var allWhitespace = true;
            var first = '\0';
            foreach (var child in node.Children)
            {
                var (childAllWs, childFirst) = child switch
                {
                    string s => (IsWhitespace(s), s.Length > 0 ? s[0] : '\0'),
                    SerializerNode c => OwnSerialization(c),
                    _ => (true, '\0'),
                };
                allWhitespace &= childAllWs;
                if (first == '\0')
                {
                    first = childFirst;
                }
            }

            node.ContentAllWhitespace = allWhitespace;
            node.ContentFirstChar = first;
        }
    }

    /// <summary>How an element's own serialization starts: a wrapper holding nothing is just its contents.</summary>
    private static (bool AllWhitespace, char First) OwnSerialization(SerializerNode node) =>
        node.IsPWrapper && node.NonblankNodeCount == 0 ? (node.ContentAllWhitespace, node.ContentFirstChar) : (false, '<');

    private static bool IsWhitespace(string s)
    {
        foreach (var c in s)
        {
            if (c is not ('\t' or '\n' or '\f' or '\r' or ' '))
            {
                return false;
            }
        }

        return true;
    }
}
