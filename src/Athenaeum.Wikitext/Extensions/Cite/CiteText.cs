using System.Text;

namespace Athenaeum.Wikitext.Extensions.Cite;

/// <summary>Text helpers of the Cite tags.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class CiteText
{
    /// <summary>Escapes text as PHP's htmlspecialchars with its default flags (<c>&amp; &lt; &gt; " '</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string HtmlSpecialChars(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#039;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
