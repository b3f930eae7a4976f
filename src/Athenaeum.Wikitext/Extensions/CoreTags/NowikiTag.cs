using System.Text;
using Athenaeum.Wikitext.Expansion;

namespace Athenaeum.Wikitext.Extensions.CoreTags;

/// <summary>
/// <c>&lt;nowiki&gt;</c>: the content is shown literally. "&lt;" and "&gt;" are escaped and language
/// conversion markup is broken, but "&amp;" and quotes are kept so that character references still
/// work (MediaWiki's CoreTagHooks::nowiki). The text goes behind a nowiki strip marker.
/// </summary>
internal sealed class NowikiTag : ITagExtension
{
    /// <inheritdoc/>
    public IReadOnlyList<string> TagNames { get; } = ["nowiki"];

    /// <inheritdoc/>
    public TagResult Render(TagInvocation invocation) => new(Escape(invocation.Content ?? string.Empty), StripMarkerKind.NoWiki);

    /// <summary>Escapes nowiki content (PHP strtr: at each position the longest key wins).</summary>
    /// <param name="content">The raw content.</param>
    /// <returns>The escaped text.</returns>
    internal static string Escape(string content)
    {
        if (content.AsSpan().IndexOfAny("<>-}") < 0)
        {
            return content;
        }

        var sb = new StringBuilder(content.Length + 16);
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            var next = i + 1 < content.Length ? content[i + 1] : '\0';
            if (c == '-' && next == '{')
            {
                sb.Append("-&#123;");
                i++;
            }
            else if (c == '}' && next == '-')
            {
                sb.Append("&#125;-");
                i++;
            }
            else if (c == '<')
            {
                sb.Append("&lt;");
            }
            else if (c == '>')
            {
                sb.Append("&gt;");
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
