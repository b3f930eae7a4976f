using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Parsing.Links;

/// <summary>
/// Relative links in namespaces with subpages (MediaWiki's Linker::normalizeSubpageLink): <c>/Foo</c> is
/// a subpage of the current page, <c>/Foo/</c> hides the slashes in the text, <c>../Foo</c> goes up.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static partial class SubpageLinks
{
    /// <summary>Resolves a relative link target.</summary>
    /// <param name="context">The current page.</param>
    /// <param name="target">The link target as written.</param>
    /// <param name="text">The link text; set when it was empty and the form asks for a shorter text.</param>
    /// <returns>The absolute target, or <paramref name="target"/> unchanged.</returns>
    public static string Normalize(PageTitle context, string target, ref string text)
    {
        var result = target;
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var suffix = hash >= 0 ? target[hash..] : string.Empty;
        if (hash >= 0)
        {
            target = target[..hash];
        }

        // T9425
        target = target.Trim(' ', '\t', '\n', '\r', '\0', '\x0B');
        var contextText = context.PrefixedText;
        if (target.StartsWith('/'))
        {
            var trailing = TrailingSlashesRegex().Match(target);
            string noSlash;
            if (trailing.Success)
            {
                noSlash = target = target.Length - 1 - trailing.Length > 0 ? target[1..^trailing.Length] : string.Empty;
            }
            else
            {
                noSlash = target[1..];
            }

            result = contextText + "/" + noSlash.Trim(' ', '\t', '\n', '\r', '\0', '\x0B') + suffix;
            if (text.Length == 0)
            {
                text = target + suffix;
            }

            return result;
        }

        var dotdot = 0;
        var rest = target;
        while (rest.StartsWith("../", StringComparison.Ordinal))
        {
            dotdot++;
            rest = rest[3..];
        }

        if (dotdot > 0)
        {
            var parts = contextText.Split('/');
            if (parts.Length > dotdot)
            {
                result = string.Join('/', parts[..^dotdot]);
                if (rest.EndsWith('/'))
                {
                    rest = rest.TrimEnd('/');
                    if (text.Length == 0)
                    {
                        text = rest + suffix;
                    }
                }

                rest = rest.Trim(' ', '\t', '\n', '\r', '\0', '\x0B');
                if (rest.Length > 0)
                {
                    result += "/" + rest;
                }

                result += suffix;
            }
        }

        return result;
    }

    [GeneratedRegex("/+$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingSlashesRegex();
}
