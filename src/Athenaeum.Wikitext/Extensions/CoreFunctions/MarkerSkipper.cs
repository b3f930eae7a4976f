using System.Text;
using Athenaeum.Wikitext.Parsing;

namespace Athenaeum.Wikitext.Extensions.CoreFunctions;

/// <summary>Applies a text transformation outside strip markers only (MediaWiki's Parser::markerSkipCallback).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class MarkerSkipper
{
    /// <summary>Transforms the text between strip markers, leaving the markers as they are.</summary>
    /// <param name="text">The text.</param>
    /// <param name="transform">The transformation (also called for empty pieces).</param>
    /// <returns>The transformed text.</returns>
    public static string Apply(string text, Func<string, string> transform)
    {
        if (!text.Contains(StripState.MarkerPrefix, StringComparison.Ordinal))
        {
            return transform(text);
        }

        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var start = text.IndexOf(StripState.MarkerPrefix, i, StringComparison.Ordinal);
            if (start < 0)
            {
                sb.Append(transform(text[i..]));
                break;
            }

            sb.Append(transform(text[i..start]));
            var end = text.IndexOf(StripState.MarkerSuffix, start, StringComparison.Ordinal);
            if (end < 0)
            {
                sb.Append(text, start, text.Length - start);
                break;
            }

            end += StripState.MarkerSuffix.Length;
            sb.Append(text, start, end - start);
            i = end;
        }

        return sb.ToString();
    }
}
