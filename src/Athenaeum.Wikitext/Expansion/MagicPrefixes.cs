namespace Athenaeum.Wikitext.Expansion;

/// <summary>The prefixes of a transclusion name (MediaWiki's subst, safesubst, msgnw, msg and raw magic words), matched ignoring case.</summary>
internal static class MagicPrefixes
{
    /// <summary>"subst:": substitution on save; left as written on view.</summary>
    public const string Subst = "subst:";

    /// <summary>"safesubst:": substitution on save; ignored on view.</summary>
    public const string SafeSubst = "safesubst:";

    /// <summary>"msgnw:": the template's source shown literally.</summary>
    public const string MsgNw = "msgnw:";

    /// <summary>"msg:": obsolete, ignored.</summary>
    public const string Msg = "msg:";

    /// <summary>"raw:": raw interwiki transclusion, ignored.</summary>
    public const string Raw = "raw:";

    /// <summary>Removes <paramref name="prefix"/> from the start of <paramref name="text"/> when present.</summary>
    /// <param name="text">The text.</param>
    /// <param name="prefix">The prefix, lowercase.</param>
    /// <returns><see langword="true"/> when the prefix was removed.</returns>
    public static bool TryRemove(ref string text, string prefix)
    {
        if (!text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        text = text[prefix.Length..];
        return true;
    }
}
