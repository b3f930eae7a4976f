using System.Text;

namespace Athenaeum.Wikitext.Globalization.Php;

/// <summary>PHP's <c>htmlspecialchars</c>, as MediaWiki uses it to escape error messages and URLs.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class PhpHtml
{
    /// <summary>
    /// Escapes as PHP 8.1+'s <c>htmlspecialchars</c>: &amp; &lt; &gt; and &quot; always, the
    /// single quote as <c>&amp;#039;</c> unless <paramref name="compat"/> (ENT_COMPAT) is set.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="compat">Whether single quotes are left alone (ENT_COMPAT).</param>
    /// <returns>The escaped text.</returns>
    public static string SpecialChars(string s, bool compat = false)
    {
        if (s.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length + 16);
        foreach (var c in s)
        {
            switch (c)
            {
                case '&':
                    sb.Append("&amp;");
                    break;
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case '"':
                    sb.Append("&quot;");
                    break;
                case '\'' when !compat:
                    sb.Append("&#039;");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }
}
