using System.Globalization;

namespace Athenaeum.Wikitext.Globalization.Php;

/// <summary>
/// PHP 8's rules for numeric strings: <c>is_numeric</c>, <c>(float)</c>, <c>(int)</c> and the loose
/// comparison <c>==</c> that ParserFunctions uses for <c>#ifeq</c> and <c>#switch</c>.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class PhpNumeric
{
    /// <summary>Tells whether PHP 8 considers the whole string numeric (leading and trailing whitespace allowed).</summary>
    /// <param name="s">The text.</param>
    /// <returns><see langword="true"/> for "1", " 1.5 ", "-.5e3"; <see langword="false"/> for "", "0x1A", "1e".</returns>
    public static bool IsNumeric(string s) => TryParseNumeric(s, out _, out _);

    /// <summary>
    /// Parses a whole numeric string as PHP's is_numeric_string does: an integer when it has no
    /// '.', no exponent and fits in 64 bits, otherwise a double.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="isInteger">Whether the number is an integer (PHP int).</param>
    /// <param name="value">The value as a double (exact for integers up to 2^53).</param>
    /// <returns><see langword="true"/> when the whole string is numeric.</returns>
    public static bool TryParseNumeric(string s, out bool isInteger, out double value)
    {
        var length = NumericPrefixLength(s, out var start, out isInteger);
        if (length == 0)
        {
            value = 0;
            return false;
        }

        var end = start + length;
        while (end < s.Length && IsWhitespace(s[end]))
        {
            end++;
        }

        if (end != s.Length)
        {
            value = 0;
            return false;
        }

        value = ParseDouble(s.AsSpan(start, length));
        if (isInteger && !long.TryParse(s.AsSpan(start, length), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            isInteger = false;
        }

        return true;
    }

    /// <summary>Converts a string to a double as PHP's <c>(float)</c>: the leading numeric part, or 0.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The value.</returns>
    public static double ToDouble(string s)
    {
        var length = NumericPrefixLength(s, out var start, out _);
        return length == 0 ? 0.0 : ParseDouble(s.AsSpan(start, length));
    }

    /// <summary>
    /// Converts a string to an integer as PHP's <c>(int)</c>: the leading numeric part, saturated
    /// to the 64-bit range; 0 when there is none.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <returns>The value.</returns>
    public static long ToLong(string s)
    {
        var length = NumericPrefixLength(s, out var start, out var isInteger);
        if (length == 0)
        {
            return 0;
        }

        var span = s.AsSpan(start, length);
        if (isInteger && long.TryParse(span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            return l;
        }

        var d = ParseDouble(span);
        if (double.IsNaN(d))
        {
            return 0;
        }

        return d >= 9.2233720368547758E18 ? long.MaxValue : d <= -9.2233720368547758E18 ? long.MinValue : (long)d;
    }

    /// <summary>
    /// Converts a double to an integer as PHP 8's <c>(int)$float</c>: truncation, modular
    /// arithmetic beyond the 64-bit range, 0 for infinities and NaN.
    /// </summary>
    /// <param name="d">The value.</param>
    /// <returns>The integer.</returns>
    public static long DoubleToLong(double d)
    {
        if (!double.IsFinite(d))
        {
            return 0;
        }

        if (d is >= -9.2233720368547758E18 and < 9.2233720368547758E18)
        {
            return (long)d;
        }

        // zend_dval_to_lval: reduce modulo 2^64 and reinterpret as signed.
        const double Two64 = 18446744073709551616.0;
        var dmod = d % Two64;
        if (dmod < 0)
        {
            dmod += Two64;
        }

        if (dmod >= 9.2233720368547758E18)
        {
            dmod -= Two64;
        }

        return (long)dmod;
    }

    /// <summary>
    /// Compares two strings as PHP 8's <c>==</c>: numerically when both are numeric strings,
    /// otherwise byte for byte.
    /// </summary>
    /// <param name="left">The left text.</param>
    /// <param name="right">The right text.</param>
    /// <returns>Whether PHP considers them equal.</returns>
    public static bool LooseEquals(string left, string right)
    {
        if (TryParseNumeric(left, out var li, out var lv) && TryParseNumeric(right, out var ri, out var rv))
        {
            if (li && ri)
            {
                return ToLong(left) == ToLong(right);
            }

            // Two integer strings too large for 64 bits that differ only beyond double precision
            // are compared as strings (zendi_smart_str_equals).
            if (lv == rv && !li && !ri && IsIntegerOverflow(left) && IsIntegerOverflow(right))
            {
                return string.Equals(left, right, StringComparison.Ordinal);
            }

            return lv == rv;
        }

        return string.Equals(left, right, StringComparison.Ordinal);
    }

    /// <summary>Tells whether a character is whitespace for PHP's numeric strings (" \t\n\r\v\f").</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for PHP numeric-string whitespace.</returns>
    public static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f';

    /// <summary>
    /// Finds the leading numeric part of a string after leading whitespace: sign, digits, an optional
    /// fraction and an optional exponent, as PHP's <c>_is_numeric_string_ex</c>.
    /// </summary>
    private static int NumericPrefixLength(string s, out int start, out bool isInteger)
    {
        var i = 0;
        while (i < s.Length && IsWhitespace(s[i]))
        {
            i++;
        }

        start = i;
        isInteger = true;
        if (i < s.Length && (s[i] == '-' || s[i] == '+'))
        {
            i++;
        }

        var intDigits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
            intDigits++;
        }

        var fracDigits = 0;
        if (i < s.Length && s[i] == '.')
        {
            var j = i + 1;
            while (j < s.Length && char.IsAsciiDigit(s[j]))
            {
                j++;
                fracDigits++;
            }

            if (intDigits > 0 || fracDigits > 0)
            {
                isInteger = false;
                i = j;
            }
        }

        if (intDigits == 0 && fracDigits == 0)
        {
            return 0;
        }

        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            var j = i + 1;
            if (j < s.Length && (s[j] == '-' || s[j] == '+'))
            {
                j++;
            }

            if (j < s.Length && char.IsAsciiDigit(s[j]))
            {
                while (j < s.Length && char.IsAsciiDigit(s[j]))
                {
                    j++;
                }

                isInteger = false;
                i = j;
            }
        }

        return i - start;
    }

    private static double ParseDouble(ReadOnlySpan<char> span)
    {
        var text = span.ToString();
        if (text.EndsWith('.'))
        {
            text += "0";
        }

        if (text.StartsWith('.') || text.StartsWith("-.", StringComparison.Ordinal) || text.StartsWith("+.", StringComparison.Ordinal))
        {
            text = text.Replace(".", "0.", StringComparison.Ordinal);
        }

        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static bool IsIntegerOverflow(string s)
    {
        var t = s.Trim(' ', '\t', '\n', '\r', '\v', '\f');
        var digits = t.AsSpan().TrimStart("+-");
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return digits.Length > 0;
    }
}
