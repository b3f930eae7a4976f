using System.Text;

namespace Athenaeum.Wikitext.Sanitization;

/// <content>Ids, URL fragments and class names.</content>
public static partial class Sanitizer
{
    /// <summary>Ids are cut to this many code points (griefer protection, T251506).</summary>
    public const int MaxIdLength = 1024;

    /// <summary>
    /// Escapes a section name or other user string for use as an <c>id</c> attribute
    /// (MediaWiki's <c>escapeIdForAttribute</c>). The result still needs HTML attribute encoding.
    /// </summary>
    /// <param name="id">The string.</param>
    /// <param name="mode">The encoding: <see cref="FragmentMode.Html5"/> (MediaWiki's primary mode) or
    /// <see cref="FragmentMode.Legacy"/> (its fallback anchors).</param>
    /// <returns>The escaped id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public static string EscapeIdForAttribute(string id, FragmentMode mode = FragmentMode.Html5)
    {
        ArgumentNullException.ThrowIfNull(id);
        id = TruncateCodepoints(id, MaxIdLength);
        return mode == FragmentMode.Legacy ? EscapeIdLegacy(id) : EscapeIdHtml5(id);
    }

    /// <summary>
    /// Escapes a string for use as the fragment of a link to a section of this wiki
    /// (MediaWiki's <c>escapeIdForLink</c>): like <see cref="EscapeIdForAttribute"/> in the primary mode,
    /// and in HTML5 mode a <c>%</c> followed by two hex digits is written <c>%25</c> so that browsers do
    /// not decode it (T238385).
    /// </summary>
    /// <param name="id">The string.</param>
    /// <param name="mode">The wiki's primary fragment mode.</param>
    /// <returns>The fragment (without <c>#</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public static string EscapeIdForLink(string id, FragmentMode mode = FragmentMode.Html5)
    {
        var escaped = EscapeIdForAttribute(id, mode);
        return mode == FragmentMode.Html5 ? EscapePercentHex(escaped) : escaped;
    }

    /// <summary>
    /// Escapes a string for use as the fragment of a link to an external interwiki
    /// (MediaWiki's <c>escapeIdForExternalInterwiki</c>, whose default mode is legacy).
    /// </summary>
    /// <param name="id">The string.</param>
    /// <param name="mode">The wiki's <c>$wgExternalInterwikiFragmentMode</c>.</param>
    /// <returns>The fragment (without <c>#</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public static string EscapeIdForExternalInterwiki(string id, FragmentMode mode = FragmentMode.Legacy) =>
        EscapeIdForLink(id, mode);

    /// <summary>
    /// Escapes each id of a whitespace-separated list (ARIA <c>aria-labelledby</c> and friends) as
    /// <see cref="EscapeIdForAttribute"/> does, and joins them with single spaces.
    /// </summary>
    /// <param name="references">The id list.</param>
    /// <param name="mode">The wiki's primary fragment mode.</param>
    /// <returns>The escaped list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="references"/> is null.</exception>
    public static string EscapeIdReferenceList(string references, FragmentMode mode = FragmentMode.Html5)
    {
        ArgumentNullException.ThrowIfNull(references);
        var ids = references.Split(PcreSpaces, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', ids.Select(id => EscapeIdForAttribute(id, mode)));
    }

    /// <summary>
    /// Turns a string into a CSS class name (MediaWiki's <c>escapeClass</c>): a leading digit or
    /// <c>-</c>, ASCII punctuation, control characters, spaces and no-break spaces become <c>_</c>,
    /// runs of <c>_</c> collapse, and trailing ones are removed.
    /// </summary>
    /// <param name="className">The string.</param>
    /// <returns>The class name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="className"/> is null.</exception>
    public static string EscapeClass(string className)
    {
        ArgumentNullException.ThrowIfNull(className);
        var sb = new StringBuilder(className.Length);
        for (var i = 0; i < className.Length; i++)
        {
            var c = className[i];
            var replace = (i == 0 && (char.IsAsciiDigit(c) || c == '-'))
                || c <= ' '
                || c == '\u00A0'
                || (c < 0x7F && "!\"#$%&'()*+,./:;<=>?@[\\]^`{|}~".Contains(c, StringComparison.Ordinal));
            var output = replace ? '_' : c;
            if (output == '_' && sb.Length > 0 && sb[^1] == '_')
            {
                continue;
            }

            sb.Append(output);
        }

        while (sb.Length > 0 && sb[^1] == '_')
        {
            sb.Length--;
        }

        return sb.ToString();
    }

    /// <summary>
    /// Normalizes whitespace in a section name for use in ids (MediaWiki's
    /// <c>normalizeSectionNameWhitespace</c>): runs of spaces and underscores become one space, and
    /// the ends are trimmed.
    /// </summary>
    /// <param name="section">The section name.</param>
    /// <returns>The normalized name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="section"/> is null.</exception>
    public static string NormalizeSectionNameWhitespace(string section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var sb = new StringBuilder(section.Length);
        var inRun = false;
        foreach (var c in section)
        {
            if (c is ' ' or '_')
            {
                if (!inRun)
                {
                    sb.Append(' ');
                }

                inRun = true;
            }
            else
            {
                sb.Append(c);
                inRun = false;
            }
        }

        return TrimPhp(sb.ToString());
    }

    private static string EscapeIdHtml5(string id)
    {
        // HTML5 ids may not contain ASCII whitespace; in wikitext only tab, LF, FF, CR and space can occur.
        if (id.AsSpan().IndexOfAny("\t\n\f\r ") < 0)
        {
            return id;
        }

        return string.Create(id.Length, id, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is '\t' or '\n' or '\f' or '\r' or ' ' ? '_' : source[i];
            }
        });
    }

    /// <summary>The former escapeId 'noninitial' mode: PHP urlencode with % → . and %3A → :.</summary>
    private static string EscapeIdLegacy(string id)
    {
        var bytes = Encoding.UTF8.GetBytes(id.Replace(' ', '_'));
        var sb = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.' or (byte)':')
            {
                sb.Append((char)b);
            }
            else
            {
                sb.Append('.').Append(HexUpper[b >> 4]).Append(HexUpper[b & 0xF]);
            }
        }

        return sb.ToString();
    }

    private const string HexUpper = "0123456789ABCDEF";

    /// <summary>MediaWiki's <c>preg_replace('/%([a-fA-F0-9]{2})/', '%25$1', …)</c>.</summary>
    private static string EscapePercentHex(string id)
    {
        if (!id.Contains('%', StringComparison.Ordinal))
        {
            return id;
        }

        var sb = new StringBuilder(id.Length + 8);
        for (var i = 0; i < id.Length; i++)
        {
            sb.Append(id[i]);
            if (id[i] == '%' && i + 2 < id.Length && char.IsAsciiHexDigit(id[i + 1]) && char.IsAsciiHexDigit(id[i + 2]))
            {
                sb.Append("25");
            }
        }

        return sb.ToString();
    }

    private static string TruncateCodepoints(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (count == max)
            {
                return text[..i];
            }

            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            count++;
        }

        return text;
    }
}
