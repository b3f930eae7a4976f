using System.Globalization;
using System.Text;

namespace Athenaeum.Wikitext.Globalization;

/// <summary>
/// The subset of ICU's DecimalFormat that MediaWiki's Language::formatNum uses: a grouping
/// pattern ("#,##0.###" or "#,##,##0.###"), minimum integer digits, fraction digits, the
/// decimal point always shown or not, and a locale's symbols. Doubles are formatted from their
/// shortest round-trip digits (as ICU's double-conversion does) rounded half-even.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class IcuDecimalFormat
{
    private readonly int _primaryGroup;
    private readonly int _secondaryGroup;

    /// <summary>Initializes a new instance of the <see cref="IcuDecimalFormat"/> class from an ICU pattern.</summary>
    /// <param name="pattern">The pattern, for example "#,##0.###".</param>
    public IcuDecimalFormat(string pattern)
    {
        var integerPart = pattern.Split('.')[0];
        var groups = integerPart.Split(',');
        _primaryGroup = groups.Length > 1 ? groups[^1].Length : 0;
        _secondaryGroup = groups.Length > 2 ? groups[^2].Length : _primaryGroup;
        var fraction = pattern.Contains('.', StringComparison.Ordinal) ? pattern.Split('.')[1] : string.Empty;
        DefaultMinIntegerDigits = Math.Max(0, integerPart.Count(c => c == '0'));
        DefaultMaxFractionDigits = fraction.Length;
        DefaultMinFractionDigits = fraction.Count(c => c == '0');
    }

    /// <summary>Gets the size of the first digit group, counted from the decimal point (0 = no grouping).</summary>
    public int GroupingSize => _primaryGroup;

    /// <summary>Gets the minimum integer digits the pattern asks for.</summary>
    public int DefaultMinIntegerDigits { get; }

    /// <summary>Gets the maximum fraction digits the pattern allows.</summary>
    public int DefaultMaxFractionDigits { get; }

    /// <summary>Gets the minimum fraction digits the pattern asks for.</summary>
    public int DefaultMinFractionDigits { get; }

    /// <summary>Formats a double.</summary>
    /// <param name="value">The value.</param>
    /// <param name="symbols">The decimal separator, group separator, zero digit and minus sign.</param>
    /// <param name="minInteger">The minimum integer digits (zeros are added in front).</param>
    /// <param name="minFraction">The minimum fraction digits.</param>
    /// <param name="maxFraction">The maximum fraction digits (the value is rounded half-even).</param>
    /// <param name="decimalAlwaysShown">Whether the decimal separator is shown without fraction digits.</param>
    /// <returns>The formatted number.</returns>
    public string Format(double value, IcuNumberSymbols symbols, int minInteger, int minFraction, int maxFraction, bool decimalAlwaysShown)
    {
        var negative = value < 0 || (value == 0 && double.IsNegative(value));
        var (digits, point) = ShortestDigits(Math.Abs(value));
        (digits, point) = RoundHalfEven(digits, point, maxFraction);

        var intDigits = point > 0 ? (digits.Length >= point ? digits[..point] : digits + new string('0', point - digits.Length)) : string.Empty;
        intDigits = intDigits.TrimStart('0');
        if (intDigits.Length < minInteger)
        {
            intDigits = new string('0', minInteger - intDigits.Length) + intDigits;
        }

        var fracDigits = point >= 0 ? (digits.Length > point ? digits[point..] : string.Empty) : new string('0', -point) + digits;
        fracDigits = fracDigits.TrimEnd('0');
        if (fracDigits.Length < minFraction)
        {
            fracDigits += new string('0', minFraction - fracDigits.Length);
        }

        var sb = new StringBuilder();
        if (negative)
        {
            sb.Append(symbols.Minus);
        }

        AppendGrouped(sb, intDigits, symbols);
        if (fracDigits.Length > 0 || decimalAlwaysShown)
        {
            sb.Append(symbols.Decimal);
            AppendDigits(sb, fracDigits, symbols.Zero);
        }

        return sb.ToString();
    }

    private void AppendGrouped(StringBuilder sb, string intDigits, IcuNumberSymbols symbols)
    {
        if (_primaryGroup <= 0 || intDigits.Length <= _primaryGroup)
        {
            AppendDigits(sb, intDigits, symbols.Zero);
            return;
        }

        var groups = new List<string>();
        var end = intDigits.Length;
        var size = _primaryGroup;
        while (end > 0)
        {
            var start = Math.Max(0, end - size);
            groups.Add(intDigits[start..end]);
            end = start;
            size = _secondaryGroup > 0 ? _secondaryGroup : _primaryGroup;
        }

        for (var i = groups.Count - 1; i >= 0; i--)
        {
            AppendDigits(sb, groups[i], symbols.Zero);
            if (i > 0)
            {
                sb.Append(symbols.Group);
            }
        }
    }

    private static void AppendDigits(StringBuilder sb, string digits, string zero)
    {
        if (zero == "0")
        {
            sb.Append(digits);
            return;
        }

        var zeroValue = char.ConvertToUtf32(zero, 0);
        foreach (var d in digits)
        {
            sb.Append(char.ConvertFromUtf32(zeroValue + (d - '0')));
        }
    }

    /// <summary>The shortest digits that round-trip (value = 0.DIGITS × 10^point), as double-conversion gives them.</summary>
    private static (string Digits, int Point) ShortestDigits(double value)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return (string.Empty, 0);
        }

        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var e = shortest.IndexOfAny(['E', 'e']);
        string mantissa;
        int exponent;
        if (e >= 0)
        {
            mantissa = shortest[..e];
            exponent = int.Parse(shortest.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }
        else
        {
            mantissa = shortest;
            exponent = 0;
        }

        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var intPart = dot < 0 ? mantissa : mantissa[..dot];
        var fracPart = dot < 0 ? string.Empty : mantissa[(dot + 1)..];
        var all = (intPart + fracPart).TrimStart('0');
        var leadingZerosRemoved = (intPart + fracPart).Length - all.Length;
        var point = intPart.Length - leadingZerosRemoved + exponent;
        return (all.TrimEnd('0'), point);
    }

    private static (string Digits, int Point) RoundHalfEven(string digits, int point, int maxFraction)
    {
        var keep = point + maxFraction;
        if (digits.Length <= keep)
        {
            return (digits, point);
        }

        if (keep < 0)
        {
            return (string.Empty, point);
        }

        var kept = digits[..keep].ToCharArray();
        var first = digits[keep];
        var restNonZero = digits.AsSpan(keep + 1).IndexOfAnyExcept('0') >= 0;
        var lastKeptOdd = keep > 0 && (kept[keep - 1] - '0') % 2 == 1;
        var roundUp = first > '5' || (first == '5' && (restNonZero || lastKeptOdd));
        if (!roundUp)
        {
            return (new string(kept).TrimEnd('0'), point);
        }

        var i = keep - 1;
        while (i >= 0)
        {
            if (kept[i] == '9')
            {
                kept[i] = '0';
                i--;
            }
            else
            {
                kept[i]++;
                break;
            }
        }

        var result = new string(kept);
        if (i < 0)
        {
            result = "1" + result;
            point++;
        }

        return (result.TrimEnd('0'), point);
    }
}
