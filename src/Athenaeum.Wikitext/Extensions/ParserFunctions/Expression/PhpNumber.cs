using System.Globalization;
using Athenaeum.Wikitext.Globalization.Php;

namespace Athenaeum.Wikitext.Extensions.ParserFunctions.Expression;

/// <summary>
/// A PHP number: a 64-bit integer or a double. <c>{{#expr:}}</c> follows PHP's arithmetic, where
/// integer operations stay integers until they overflow, and the result prints differently
/// ("3" for int 3 and for float 3.0, but "1.0E+20" only for a float).
/// </summary>
internal readonly record struct PhpNumber
{
    private PhpNumber(bool isInteger, long integer, double real)
    {
        IsInteger = isInteger;
        Integer = integer;
        Real = real;
    }

    /// <summary>Gets a value indicating whether the number is a PHP int.</summary>
    public bool IsInteger { get; }

    /// <summary>Gets the integer value (when <see cref="IsInteger"/>).</summary>
    public long Integer { get; }

    /// <summary>Gets the value as a double (exact for floats, converted for ints).</summary>
    public double Real { get; }

    /// <summary>Gets a value indicating whether PHP considers the number true (non-zero; NAN is true).</summary>
    public bool IsTruthy => IsInteger ? Integer != 0 : Real != 0.0 || double.IsNaN(Real);

    /// <summary>Creates an int.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The number.</returns>
    public static PhpNumber FromInteger(long value) => new(true, value, value);

    /// <summary>Creates a float.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The number.</returns>
    public static PhpNumber FromDouble(double value) => new(false, 0, value);

    /// <summary>Creates 1 or 0 from a condition, as the comparison and logic operators do.</summary>
    /// <param name="value">The condition.</param>
    /// <returns>int 1 or int 0.</returns>
    public static PhpNumber FromBoolean(bool value) => FromInteger(value ? 1 : 0);

    /// <summary>Converts to an int as PHP's <c>(int)</c> cast.</summary>
    /// <returns>The integer.</returns>
    public long ToInteger() => IsInteger ? Integer : PhpNumeric.DoubleToLong(Real);

    /// <summary>Adds as PHP's <c>+</c>.</summary>
    public static PhpNumber Add(PhpNumber a, PhpNumber b)
    {
        if (a.IsInteger && b.IsInteger)
        {
            var r = unchecked(a.Integer + b.Integer);
            if (((a.Integer ^ r) & (b.Integer ^ r)) >= 0)
            {
                return FromInteger(r);
            }
        }

        return FromDouble(a.Real + b.Real);
    }

    /// <summary>Subtracts as PHP's <c>-</c>.</summary>
    public static PhpNumber Subtract(PhpNumber a, PhpNumber b)
    {
        if (a.IsInteger && b.IsInteger)
        {
            var r = unchecked(a.Integer - b.Integer);
            if (((a.Integer ^ b.Integer) & (a.Integer ^ r)) >= 0)
            {
                return FromInteger(r);
            }
        }

        return FromDouble(a.Real - b.Real);
    }

    /// <summary>Multiplies as PHP's <c>*</c>.</summary>
    public static PhpNumber Multiply(PhpNumber a, PhpNumber b)
    {
        if (a.IsInteger && b.IsInteger)
        {
            var product = (Int128)a.Integer * b.Integer;
            if (product >= long.MinValue && product <= long.MaxValue)
            {
                return FromInteger((long)product);
            }
        }

        return FromDouble(a.Real * b.Real);
    }

    /// <summary>Divides as PHP 8's <c>/</c>: an int when both are ints and the division is exact.</summary>
    public static PhpNumber Divide(PhpNumber a, PhpNumber b)
    {
        if (a.IsInteger && b.IsInteger && b.Integer != 0 && !(a.Integer == long.MinValue && b.Integer == -1) && a.Integer % b.Integer == 0)
        {
            return FromInteger(a.Integer / b.Integer);
        }

        return FromDouble(a.Real / b.Real);
    }

    /// <summary>Negates as PHP's unary <c>-</c>.</summary>
    public static PhpNumber Negate(PhpNumber a)
        => a.IsInteger && a.Integer != long.MinValue ? FromInteger(-a.Integer) : FromDouble(-a.Real);

    /// <summary>Raises to a power as PHP's <c>pow()</c>: an int for int bases with non-negative int exponents that do not overflow.</summary>
    public static PhpNumber Pow(PhpNumber a, PhpNumber b)
    {
        if (a.IsInteger && b.IsInteger && b.Integer >= 0)
        {
            Int128 result = 1;
            Int128 factor = a.Integer;
            var exponent = b.Integer;
            var overflow = false;
            while (exponent > 0 && !overflow)
            {
                if ((exponent & 1) == 1)
                {
                    result *= factor;
                    overflow = result > long.MaxValue || result < long.MinValue;
                }

                exponent >>= 1;
                if (exponent > 0)
                {
                    factor *= factor;
                    overflow |= factor > long.MaxValue || factor < long.MinValue;
                }
            }

            if (!overflow)
            {
                return FromInteger((long)result);
            }
        }

        return FromDouble(Math.Pow(a.Real, b.Real));
    }

    /// <summary>Compares as PHP 8's <c>&lt;=&gt;</c> between numbers.</summary>
    public static int Compare(PhpNumber a, PhpNumber b)
    {
        if (a.IsInteger && b.IsInteger)
        {
            return a.Integer.CompareTo(b.Integer);
        }

        var x = a.Real;
        var y = b.Real;
        return x < y ? -1 : x > y ? 1 : x == y ? 0 : 1;
    }

    /// <summary>Tells whether PHP's <c>==</c> holds.</summary>
    public static bool LooseEquals(PhpNumber a, PhpNumber b)
        => a.IsInteger && b.IsInteger ? a.Integer == b.Integer : a.Real == b.Real;

    /// <inheritdoc/>
    public override string ToString()
        => IsInteger ? Integer.ToString(CultureInfo.InvariantCulture) : PhpFloat.ToString(Real);
}
