using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Expansion;

/// <summary>
/// Relative subpage names ("/Doc", "../Sibling") resolved against the current page, as MediaWiki's
/// Linker::normalizeSubpageLink does, in the namespaces that have subpages.
/// </summary>
internal static class SubpageLinks
{
    // MediaWiki's default $wgNamespacesWithSubpages: talk namespaces, User, Project, MediaWiki, Template, Help.
    private static readonly HashSet<int> DefaultNamespaces = [1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 15];

    /// <summary>Whether pages of a namespace have subpages.</summary>
    /// <param name="ns">The namespace.</param>
    /// <param name="enableEverywhere">The render's option enabling subpages in every namespace.</param>
    /// <returns><see langword="true"/> when relative names resolve.</returns>
    public static bool HasSubpages(int ns, bool enableEverywhere) => enableEverywhere || DefaultNamespaces.Contains(ns);

    /// <summary>Resolves a relative subpage name; returns <see langword="false"/> when the name is not relative.</summary>
    /// <param name="context">The current page.</param>
    /// <param name="target">The name as written.</param>
    /// <param name="absolute">The resolved full name.</param>
    /// <returns><see langword="true"/> when the name was relative and resolved.</returns>
    public static bool TryResolve(PageTitle context, string target, out string absolute)
    {
        absolute = target;
        var suffix = string.Empty;
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            suffix = target[hash..];
            target = target[..hash];
        }

        target = ParserFunctionArgument.Trim(target);
        var contextText = context.PrefixedText;
        if (target.StartsWith('/'))
        {
            // A trailing "/" only hides the path in link text; the target drops it.
            var trailing = target.Length - target.TrimEnd('/').Length;
            var noSlash = trailing > 0 ? target.Substring(1, Math.Max(0, target.Length - 1 - trailing)) : target[1..];
            absolute = contextText + "/" + ParserFunctionArgument.Trim(noSlash) + suffix;
            return true;
        }

        var dotDotCount = 0;
        var noDotDot = target;
        while (noDotDot.StartsWith("../", StringComparison.Ordinal))
        {
            dotDotCount++;
            noDotDot = noDotDot[3..];
        }

        if (dotDotCount == 0)
        {
            return false;
        }

        var exploded = contextText.Split('/');
        if (exploded.Length <= dotDotCount)
        {
            // Not allowed above the top-level page: the name stays as written.
            return false;
        }

        var result = string.Join('/', exploded[..^dotDotCount]);
        noDotDot = ParserFunctionArgument.Trim(noDotDot.TrimEnd('/'));
        if (noDotDot.Length > 0)
        {
            result += "/" + noDotDot;
        }

        absolute = result + suffix;
        return true;
    }
}
