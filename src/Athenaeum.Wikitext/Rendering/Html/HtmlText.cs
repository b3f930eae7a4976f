using System.Text;

namespace Athenaeum.Wikitext.Rendering.Html;

/// <summary>HTML escaping as MediaWiki's PHP does it (htmlspecialchars, Html::element, Html::expandAttributes).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class HtmlText
{
    /// <summary>Escapes like PHP's <c>htmlspecialchars($s, ENT_QUOTES)</c>: &amp; &lt; &gt; &quot; and &#039;.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(string s)
    {
        if (s.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length + 16);
        foreach (var c in s)
        {
            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '"' => sb.Append("&quot;"),
                '\'' => sb.Append("&#039;"),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }

    /// <summary>Escapes like <c>htmlspecialchars($s, ENT_COMPAT)</c>: &amp; &lt; &gt; and &quot;, not the apostrophe.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string EscapeAttributeCompat(string s)
        => s.AsSpan().IndexOfAny("&<>\"") < 0 ? s : EscapeNoQuotes(s).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>Escapes like <c>htmlspecialchars($s, ENT_NOQUOTES)</c>: &amp; &lt; &gt; only.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string EscapeNoQuotes(string s)
    {
        if (s.AsSpan().IndexOfAny("&<>") < 0)
        {
            return s;
        }

        return s.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
    }

    /// <summary>Escapes element content as <c>Html::element</c> does: &amp; and &lt; only.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string EscapeContent(string s)
        => s.AsSpan().IndexOfAny('&', '<') < 0 ? s : s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);

    /// <summary>Encodes an attribute value as <c>Html::expandAttributes</c> does (quotes escaped, whitespace as references).</summary>
    /// <param name="s">The value.</param>
    /// <returns>The encoded value, without the surrounding quotes.</returns>
    public static string EncodeAttribute(string s)
    {
        var escaped = Escape(s);
        if (escaped.AsSpan().IndexOfAny('\n', '\r', '\t') < 0)
        {
            return escaped;
        }

        return escaped.Replace("\n", "&#10;", StringComparison.Ordinal)
            .Replace("\r", "&#13;", StringComparison.Ordinal)
            .Replace("\t", "&#9;", StringComparison.Ordinal);
    }

    /// <summary>Appends <c> name="value"</c> to a builder, encoding the value.</summary>
    /// <param name="sb">The builder.</param>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">The raw value; nothing is appended when it is <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    public static StringBuilder AppendAttribute(this StringBuilder sb, string name, string? value)
        => value is null ? sb : sb.Append(' ').Append(name).Append("=\"").Append(EncodeAttribute(value)).Append('"');
}
