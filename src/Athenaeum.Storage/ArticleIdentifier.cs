using System.Globalization;

namespace Athenaeum.Storage;

/// <summary>
/// The Article Id printed on every page: <c>WHEBN</c> followed by the source page id zero-padded to
/// ten digits (<c>WHEBN0000054160</c>). It is derived from the source page id, so it is stable across
/// re-imports and never stored separately.
/// </summary>
public static class ArticleIdentifier
{
    /// <summary>The fixed prefix of every Article Id.</summary>
    public const string Prefix = "WHEBN";

    private const int Digits = 10;

    /// <summary>Formats the Article Id of a source page id.</summary>
    /// <param name="sourcePageId">The page id on the source wiki.</param>
    /// <returns>The Article Id, for example <c>WHEBN0000054160</c>; longer when the id has more than ten digits.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sourcePageId"/> is negative.</exception>
    public static string Format(long sourcePageId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sourcePageId);
        return Prefix + sourcePageId.ToString("D" + Digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>Parses an Article Id back into the source page id.</summary>
    /// <param name="articleId">The Article Id, for example <c>WHEBN0000054160</c> (the prefix is matched ignoring case).</param>
    /// <param name="sourcePageId">The source page id.</param>
    /// <returns><see langword="true"/> when the text is a well-formed Article Id.</returns>
    public static bool TryParse(string? articleId, out long sourcePageId)
    {
        sourcePageId = 0;
        if (articleId is null || articleId.Length < Prefix.Length + Digits
            || !articleId.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var digits = articleId.AsSpan(Prefix.Length);
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out sourcePageId);
    }
}
