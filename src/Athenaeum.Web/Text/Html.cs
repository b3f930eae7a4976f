using System.Text;

namespace Athenaeum.Web.Text;

/// <summary>
/// HTML escaping for text and attribute values written into pages: every character that could end a
/// text node or an attribute (<c>&amp; &lt; &gt; " '</c>) becomes an entity; everything else is
/// written as is (UTF-8 pages, so no need to escape non-ASCII).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class Html
{
    /// <summary>Escapes text for an element's content or a quoted attribute value.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        return new StringBuilder(text.Length + 16).AppendEscaped(text).ToString();
    }

    /// <summary>Appends escaped text.</summary>
    /// <param name="sb">The builder.</param>
    /// <param name="text">The text.</param>
    /// <returns>The builder.</returns>
    public static StringBuilder AppendEscaped(this StringBuilder sb, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default:
                    // Other C0 controls are not allowed in HTML text; a page never needs them.
                    if (c < ' ' && c is not '\n' and not '\t' and not '\r')
                    {
                        sb.Append('\uFFFD');
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb;
    }

    /// <summary>Appends an element with escaped text content.</summary>
    /// <param name="sb">The builder.</param>
    /// <param name="tag">The tag name.</param>
    /// <param name="text">The text.</param>
    /// <param name="cssClass">The class attribute, or <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    public static StringBuilder AppendElement(this StringBuilder sb, string tag, string? text, string? cssClass = null)
    {
        sb.Append('<').Append(tag);
        if (cssClass is not null)
        {
            sb.Append(" class=\"").AppendEscaped(cssClass).Append('"');
        }

        return sb.Append('>').AppendEscaped(text).Append("</").Append(tag).Append('>');
    }

    /// <summary>Appends a link with escaped text and address.</summary>
    /// <param name="sb">The builder.</param>
    /// <param name="href">The address (already URL-encoded).</param>
    /// <param name="text">The text.</param>
    /// <param name="cssClass">The class attribute, or <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    public static StringBuilder AppendLink(this StringBuilder sb, string href, string? text, string? cssClass = null)
    {
        sb.Append("<a href=\"").AppendEscaped(href).Append('"');
        if (cssClass is not null)
        {
            sb.Append(" class=\"").AppendEscaped(cssClass).Append('"');
        }

        return sb.Append('>').AppendEscaped(text).Append("</a>");
    }

    /// <summary>Removes tags from a small piece of trusted HTML (a display title) and decodes entities, for use as plain text.</summary>
    /// <param name="html">The HTML.</param>
    /// <returns>The text.</returns>
    public static string ToText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var sb = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
            }
            else if (!inTag)
            {
                sb.Append(c);
            }
        }

        return System.Net.WebUtility.HtmlDecode(sb.ToString());
    }
}
