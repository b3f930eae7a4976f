using System.Globalization;
using System.Text;

namespace Athenaeum.Wikitext.Globalization.Php;

/// <summary>
/// PHP 8's conversions of floating-point numbers to text and its <c>round()</c>, which MediaWiki's
/// output depends on (<c>{{#expr:}}</c> results, <c>strval</c> of plural counts).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class PhpFloat
{
    /// <summary>PHP's default <c>precision</c> ini setting, used by <c>echo</c> and string conversion.</summary>
    public const int DefaultPrecision = 14;

    /// <summary>
    /// Converts a double to a string as PHP's <c>(string)$float</c> does with precision 14:
    /// <c>1.0E+20</c>, <c>0.33333333333333</c>, <c>-0</c>, <c>INF</c>, <c>NAN</c>.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="precision">The significant digits (PHP's <c>precision</c>).</param>
    /// <returns>The text PHP prints.</returns>
    public static string ToString(double value, int precision = DefaultPrecision)
    {
        if (double.IsNaN(value))
        {
            return "NAN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "INF" : "-INF";
        }

        var negative = value < 0 || (value == 0 && double.IsNegative(value));
        var (digits, decimalPoint) = SignificantDigits(Math.Abs(value), precision);
        var sb = new StringBuilder(24);
        if (negative)
        {
            sb.Append('-');
        }

        // zend_gcvt: exponential when the decimal point is far left (< -3) or beyond the precision.
        if (decimalPoint < 0 ? decimalPoint < -3 : decimalPoint > precision)
        {
            var exponent = decimalPoint - 1;
            sb.Append(digits[0]).Append('.');
            sb.Append(digits.Length > 1 ? digits.AsSpan(1) : "0");
            sb.Append('E').Append(exponent < 0 ? '-' : '+');
            sb.Append(Math.Abs(exponent).ToString(CultureInfo.InvariantCulture));
        }
        else if (decimalPoint <= 0)
        {
            sb.Append("0.").Append('0', -decimalPoint).Append(digits);
        }
        else if (digits.Length <= decimalPoint)
        {
            sb.Append(digits).Append('0', decimalPoint - digits.Length);
        }
        else
        {
            sb.Append(digits.AsSpan(0, decimalPoint)).Append('.').Append(digits.AsSpan(decimalPoint));
        }

        return sb.ToString();
    }

    /// <summary>
    /// Rounds as PHP 8.2's <c>round($value, $places)</c> (half away from zero), including its
    /// "pre-rounding" to 15 significant digits that makes <c>round(1.955, 2)</c> give 1.96.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="places">The decimal places (negative rounds to tens, hundreds …).</param>
    /// <returns>The rounded value.</returns>
    public static double Round(double value, long places)
    {
        if (!double.IsFinite(value) || value == 0.0)
        {
            return value;
        }

        var p = (int)Math.Clamp(places, int.MinValue + 1, int.MaxValue);
        var precisionPlaces = 14 - (int)Math.Floor(Math.Log10(Math.Abs(value)));
        var f1 = Pow10(Math.Abs(p));
        double tmp;

        // When the precision doubles guarantee exceeds the requested places (but not by so much
        // that the result would be zero), round first to that precision (PHP RFC "Rounding").
        if (precisionPlaces > p && precisionPlaces - 15 < p)
        {
            var usePrecision = Math.Max(precisionPlaces, -60);
            tmp = RoundHelper(ScaleBy(value, usePrecision));
            var rest = Math.Max(-60, p - usePrecision);
            tmp /= Pow10(Math.Abs(rest));
        }
        else
        {
            tmp = p >= 0 ? value * f1 : value / f1;
            if (Math.Abs(tmp) >= 1e15)
            {
                return value;
            }
        }

        tmp = RoundHelper(tmp);
        if (Math.Abs(p) < 23)
        {
            tmp = p > 0 ? tmp / f1 : tmp * f1;
        }
        else
        {
            var text = tmp.ToString("F15", CultureInfo.InvariantCulture) + "e" + (-p).ToString(CultureInfo.InvariantCulture);
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out tmp) || !double.IsFinite(tmp))
            {
                return value;
            }
        }

        return tmp;
    }

    private static double ScaleBy(double value, int places)
    {
        var f = Pow10(Math.Abs(places));
        return places >= 0 ? value * f : value / f;
    }

    private static double RoundHelper(double value) => value >= 0.0 ? Math.Floor(value + 0.5) : Math.Ceiling(value - 0.5);

    private static double Pow10(int power) => power is >= 0 and <= 22 ? Powers[power] : Math.Pow(10.0, power);

    private static readonly double[] Powers =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>
    /// The significant decimal digits of a positive finite value, correctly rounded to
    /// <paramref name="precision"/> digits with trailing zeros removed, and the position of the
    /// decimal point (value = 0.DIGITS × 10^point), as zend_dtoa mode 2 gives them.
    /// </summary>
    private static (string Digits, int DecimalPoint) SignificantDigits(double value, int precision)
    {
        if (value == 0)
        {
            return ("0", 1);
        }

        var e = value.ToString("E" + (precision - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var ePos = e.IndexOf('E', StringComparison.Ordinal);
        var mantissa = e[..ePos].Replace(".", string.Empty, StringComparison.Ordinal).TrimEnd('0');
        var exponent = int.Parse(e.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return (mantissa.Length == 0 ? "0" : mantissa, exponent + 1);
    }
}
