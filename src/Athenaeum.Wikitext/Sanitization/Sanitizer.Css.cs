using System.Globalization;
using System.Text;

namespace Athenaeum.Wikitext.Sanitization;

/// <content>Inline CSS (<c>style</c> attributes).</content>
public static partial class Sanitizer
{
    /// <summary>What <see cref="CheckCss"/> returns for a style holding control characters.</summary>
    public const string InvalidControlCharCss = "/* invalid control char */";

    /// <summary>What <see cref="CheckCss"/> returns for a style that could load or run something.</summary>
    public const string InsecureCss = "/* insecure input */";

    /// <summary>Words that make a whole style insecure when followed by <c>:</c> (after optional spaces).</summary>
    private static readonly string[] InsecurePropertyWords = ["filter", "accelerator", "-o-link", "-o-link-source", "-o-replace"];

    /// <summary>Words that make a whole style insecure when followed by <c>(</c> (after optional spaces).</summary>
    private static readonly string[] InsecureFunctionWords = ["url", "image", "image-set"];

    /// <summary>
    /// Puts CSS in a canonical form in which hostile constructs can be searched for (MediaWiki's
    /// <c>normalizeCss</c>): character references decoded, CSS escapes decoded (except <c>\n " ' \</c>,
    /// which are re-written as clean hex escapes like <c>\22 </c>), line continuations removed, and
    /// comments replaced by a space — unless the whole value is one comment — with anything after an
    /// unclosed <c>/*</c> dropped.
    /// </summary>
    /// <param name="value">The style attribute's value.</param>
    /// <returns>The normalized CSS.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string NormalizeCss(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        value = DecodeCssEscapes(DecodeCharReferences(value));
        if (IsSingleCssComment(value))
        {
            // Let a lone comment through, so that an error message written as a comment survives.
            return value;
        }

        value = ReplaceCssComments(value);
        var open = value.IndexOf("/*", StringComparison.Ordinal);
        return open < 0 ? value : value[..open];
    }

    /// <summary>
    /// Checks a <c>style</c> value (MediaWiki's <c>checkCss</c>): after <see cref="NormalizeCss"/>, a
    /// value with control characters becomes <see cref="InvalidControlCharCss"/>, and one that holds
    /// <c>expression</c>, <c>url(</c>, <c>image(</c>, <c>image-set(</c>, <c>attr(… url</c>,
    /// <c>filter:</c>, <c>accelerator:</c> or the <c>-o-link</c> properties becomes
    /// <see cref="InsecureCss"/> as a whole. Escapes, comments and references cannot hide these words,
    /// because they are all decoded first.
    /// </summary>
    /// <param name="value">The style attribute's value.</param>
    /// <returns>The safe (normalized) CSS, or one of the two error comments.</returns>
    /// <remarks>
    /// The result may still contain <c>&amp;</c> and quotes: it must be attribute-encoded before use.
    /// Unlike MediaWiki, which throws for an escape beyond U+10FFFF, such escapes (and surrogates)
    /// decode to U+FFFD here and so give <see cref="InvalidControlCharCss"/>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string CheckCss(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        value = NormalizeCss(value);
        foreach (var c in value)
        {
            if (c is <= '\u0008' or '\u000b' or (>= '\u000e' and <= '\u001f') or '\u007f' or '\uFFFD')
            {
                return InvalidControlCharCss;
            }
        }

        return IsInsecureCss(value) ? InsecureCss : value;
    }

    private static bool IsInsecureCss(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            switch (value[i] | 0x20)
            {
                case 'e' when AsciiText.MatchesAt(value, i, "expression"):
                    return true;
                case 'a' when AsciiText.MatchesAt(value, i, "attr") && IsAttrUrl(value, i + 4):
                    return true;
                case 'f' or 'a' or '-' when FollowedAfterSpaces(value, i, InsecurePropertyWords, ':'):
                    return true;
                case 'u' or 'i' when FollowedAfterSpaces(value, i, InsecureFunctionWords, '('):
                    return true;
            }
        }

        return false;
    }

    /// <summary>Gets whether one of <paramref name="words"/> starts at <paramref name="index"/> and is followed by spaces and <paramref name="next"/>.</summary>
    private static bool FollowedAfterSpaces(string value, int index, string[] words, char next)
    {
        foreach (var word in words)
        {
            if (!AsciiText.MatchesAt(value, index, word))
            {
                continue;
            }

            var j = index + word.Length;
            while (j < value.Length && UrlProtocols.IsPcreSpace(value[j]))
            {
                j++;
            }

            if (j < value.Length && value[j] == next)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>MediaWiki's <c>attr\s*\([^)]+[\s,]+url</c>, from just after "attr".</summary>
    private static bool IsAttrUrl(string value, int index)
    {
        while (index < value.Length && UrlProtocols.IsPcreSpace(value[index]))
        {
            index++;
        }

        if (index >= value.Length || value[index] != '(')
        {
            return false;
        }

        var start = index + 1;
        for (var k = start; k < value.Length && value[k] != ')'; k++)
        {
            // At least one character for [^)]+, then at least one separator right before "url".
            if (k - start >= 2 && (value[k - 1] == ',' || UrlProtocols.IsPcreSpace(value[k - 1])) && AsciiText.MatchesAt(value, k, "url"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Decodes CSS escapes and line continuations in one left-to-right pass (CSS 2, appendix D).</summary>
    private static string DecodeCssEscapes(string value)
    {
        var backslash = value.IndexOf('\\', StringComparison.Ordinal);
        if (backslash < 0)
        {
            return value;
        }

        var sb = new StringBuilder(value.Length);
        var pos = 0;
        while (backslash >= 0)
        {
            sb.Append(value, pos, backslash - pos);
            var i = backslash + 1;
            if (i < value.Length && value[i] is '\n' or '\r' or '\f')
            {
                // Line continuation: the backslash and the newline disappear.
                i += value[i] == '\r' && i + 1 < value.Length && value[i + 1] == '\n' ? 2 : 1;
            }
            else if (i < value.Length && char.IsAsciiHexDigit(value[i]))
            {
                var start = i;
                while (i < value.Length && i - start < 6 && char.IsAsciiHexDigit(value[i]))
                {
                    i++;
                }

                var codepoint = int.Parse(value.AsSpan(start, i - start), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                if (i < value.Length && value[i] is ' ' or '\t' or '\r' or '\n' or '\f')
                {
                    i++;
                }

                AppendCssChar(sb, codepoint <= 0x10FFFF && (codepoint < 0xD800 || codepoint > 0xDFFF) ? codepoint : 0xFFFD);
            }
            else if (i < value.Length)
            {
                var codepoint = char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
                    ? char.ConvertToUtf32(value[i], value[i + 1])
                    : value[i];
                i += codepoint > 0xFFFF ? 2 : 1;
                AppendCssChar(sb, codepoint);
            }
            else
            {
                // A backslash at the very end.
                AppendCssChar(sb, '\\');
            }

            pos = i;
            backslash = value.IndexOf('\\', pos);
        }

        sb.Append(value, pos, value.Length - pos);
        return sb.ToString();
    }

    private static void AppendCssChar(StringBuilder sb, int codepoint)
    {
        if (codepoint is '\n' or '"' or '\'' or '\\')
        {
            // Characters that must stay escaped inside CSS strings get a clean escape.
            sb.Append('\\').Append(codepoint.ToString("x", CultureInfo.InvariantCulture)).Append(' ');
        }
        else
        {
            CharacterReferences.AppendCodepoint(sb, codepoint);
        }
    }

    /// <summary>MediaWiki's <c>^\s*/\*[^*/]*\*/\s*$</c>.</summary>
    private static bool IsSingleCssComment(string value)
    {
        var span = value.AsSpan().Trim(" \t\n\v\f\r");
        if (span.Length < 4 || !span.StartsWith("/*", StringComparison.Ordinal) || !span.EndsWith("*/", StringComparison.Ordinal))
        {
            return false;
        }

        return span[2..^2].IndexOfAny('*', '/') < 0;
    }

    /// <summary>Replaces each <c>/* … */</c> by a space, as MediaWiki's <c>StringUtils::delimiterReplace</c> does.</summary>
    private static string ReplaceCssComments(string value)
    {
        if (!value.Contains("/*", StringComparison.Ordinal))
        {
            return value;
        }

        var sb = new StringBuilder(value.Length);
        var output = 0;
        var pos = 0;
        var inComment = false;
        while (pos < value.Length)
        {
            var open = value.IndexOf("/*", pos, StringComparison.Ordinal);
            var close = value.IndexOf("*/", pos, StringComparison.Ordinal);
            if (open < 0 && close < 0)
            {
                break;
            }

            if (open >= 0 && (close < 0 || open < close))
            {
                if (!inComment)
                {
                    sb.Append(value, output, open - output);
                    output = open;
                    pos = open + 2;
                    inComment = true;
                }
                else
                {
                    pos = open + 1;
                }
            }
            else
            {
                if (inComment)
                {
                    sb.Append(' ');
                    inComment = false;
                }
                else
                {
                    sb.Append(value, output, close + 2 - output);
                }

                pos = output = close + 2;
            }
        }

        sb.Append(value, output, value.Length - output);
        return sb.ToString();
    }
}
