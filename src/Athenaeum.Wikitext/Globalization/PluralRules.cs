using System.Globalization;

namespace Athenaeum.Wikitext.Globalization;

/// <summary>
/// CLDR plural rules of one language ("i = 1 and v = 0"), compiled once and evaluated as
/// MediaWiki's CLDRPluralRuleParser does: operands n, i, v, w, f, t from the number as text, the
/// first matching rule gives the form index, "other" comes last.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class PluralRules
{
    private readonly Func<Operands, bool>[] _rules;

    /// <summary>Initializes a new instance of the <see cref="PluralRules"/> class.</summary>
    /// <param name="rules">The rules in order, without "other".</param>
    /// <exception cref="FormatException">A rule is not valid CLDR syntax.</exception>
    public PluralRules(IReadOnlyList<(string Category, string Rule)> rules)
    {
        _rules = [.. rules.Select(r => new RuleParser(r.Rule).ParseCondition())];
        Categories = [.. rules.Select(r => r.Category), "other"];
    }

    /// <summary>Gets the categories in form order ("one", "few", …, "other").</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>Finds the index of the plural form for a number written as text ("1", "2.50").</summary>
    /// <param name="number">The number, as PHP's strval gives it.</param>
    /// <returns>The index of the first matching rule, or the index of "other".</returns>
    public int GetIndex(string number)
    {
        if (!Operands.TryParse(number, out var operands))
        {
            return _rules.Length;
        }

        for (var i = 0; i < _rules.Length; i++)
        {
            if (_rules[i](operands))
            {
                return i;
            }
        }

        return _rules.Length;
    }

    /// <summary>The CLDR operands of a number.</summary>
    private readonly record struct Operands(double N, double I, double V, double W, double F, double T)
    {
        public double Get(char symbol) => symbol switch
        {
            'n' => N,
            'i' => I,
            'v' => V,
            'w' => W,
            'f' => F,
            't' => T,
            _ => throw new FormatException("Unknown plural operand '" + symbol + "'."),
        };

        public static bool TryParse(string number, out Operands operands)
        {
            operands = default;
            var s = number.StartsWith('-') ? number[1..] : number;
            var dot = s.IndexOf('.', StringComparison.Ordinal);
            var intPart = dot < 0 ? s : s[..dot];
            var fracPart = dot < 0 ? null : s[(dot + 1)..];
            if (intPart.Length == 0 || !intPart.All(char.IsAsciiDigit) || (fracPart is not null && (fracPart.Length == 0 || !fracPart.All(char.IsAsciiDigit))))
            {
                return false;
            }

            var i = double.Parse(intPart, CultureInfo.InvariantCulture);
            if (fracPart is null)
            {
                operands = new Operands(i, i, 0, 0, 0, 0);
                return true;
            }

            var trimmed = fracPart.TrimEnd('0');
            var n = double.Parse(s, CultureInfo.InvariantCulture);
            var f = double.Parse(fracPart, CultureInfo.InvariantCulture);
            var t = trimmed.Length == 0 ? 0 : double.Parse(trimmed, CultureInfo.InvariantCulture);
            operands = new Operands(n, i, fracPart.Length, trimmed.Length, f, t);
            return true;
        }
    }

    /// <summary>A recursive-descent parser of CLDR plural rule syntax (UTS #35, Language Plural Rules).</summary>
    private sealed class RuleParser(string text)
    {
        private readonly string[] _tokens = Tokenize(text);
        private int _pos;

        // condition = and_condition ('or' and_condition)*
        public Func<Operands, bool> ParseCondition()
        {
            if (_tokens.Length == 0)
            {
                return _ => true;
            }

            var result = ParseAndCondition();
            while (Accept("or"))
            {
                var left = result;
                var right = ParseAndCondition();
                result = o => left(o) || right(o);
            }

            if (_pos != _tokens.Length)
            {
                throw new FormatException("Unexpected '" + _tokens[_pos] + "' in plural rule \"" + text + "\".");
            }

            return result;
        }

        // and_condition = relation ('and' relation)*
        private Func<Operands, bool> ParseAndCondition()
        {
            var result = ParseRelation();
            while (Accept("and"))
            {
                var left = result;
                var right = ParseRelation();
                result = o => left(o) && right(o);
            }

            return result;
        }

        // relation = expr ('is' 'not'? value | 'not'? 'in' ranges | '=' ranges | '!=' ranges | 'not'? 'within' ranges)
        private Func<Operands, bool> ParseRelation()
        {
            var expr = ParseExpression();
            if (Accept("is"))
            {
                var negate = Accept("not");
                var value = ParseValue();
                return o => (expr(o) == value) != negate;
            }

            var not = Accept("not");
            bool integerOnly;
            if (Accept("in") || Accept("="))
            {
                integerOnly = true;
            }
            else if (Accept("!="))
            {
                integerOnly = true;
                not = !not;
            }
            else if (Accept("within"))
            {
                integerOnly = false;
            }
            else
            {
                throw new FormatException("Expected a relation in plural rule \"" + text + "\".");
            }

            var ranges = ParseRanges();
            return o =>
            {
                var x = expr(o);
                var inRange = ranges.Any(r => r.Low == r.High && !r.IsRange
                    ? x == r.Low
                    : (!integerOnly || Math.Floor(x) == x) && x >= r.Low && x <= r.High);
                return inRange != not;
            };
        }

        // expr = operand (('mod' | '%') value)?
        private Func<Operands, double> ParseExpression()
        {
            var token = Next();
            if (token.Length != 1 || "nivwft".IndexOf(token[0], StringComparison.Ordinal) < 0)
            {
                throw new FormatException("Expected an operand, found '" + token + "' in plural rule \"" + text + "\".");
            }

            var symbol = token[0];
            if (Accept("mod") || Accept("%"))
            {
                var divisor = ParseValue();
                return o => o.Get(symbol) % divisor;
            }

            return o => o.Get(symbol);
        }

        // ranges = (value '..' value | value) (',' ranges)*
        private List<(double Low, double High, bool IsRange)> ParseRanges()
        {
            var list = new List<(double, double, bool)>();
            do
            {
                var low = ParseValue();
                if (Accept(".."))
                {
                    list.Add((low, ParseValue(), true));
                }
                else
                {
                    list.Add((low, low, false));
                }
            }
            while (Accept(","));
            return list;
        }

        private double ParseValue()
        {
            var token = Next();
            return double.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
                ? v
                : throw new FormatException("Expected a number, found '" + token + "' in plural rule \"" + text + "\".");
        }

        private bool Accept(string token)
        {
            if (_pos < _tokens.Length && string.Equals(_tokens[_pos], token, StringComparison.Ordinal))
            {
                _pos++;
                return true;
            }

            return false;
        }

        private string Next() => _pos < _tokens.Length
            ? _tokens[_pos++]
            : throw new FormatException("Unexpected end of plural rule \"" + text + "\".");

        private static string[] Tokenize(string rule)
        {
            var tokens = new List<string>();
            var i = 0;
            while (i < rule.Length)
            {
                var c = rule[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                }
                else if (char.IsAsciiDigit(c))
                {
                    var start = i;
                    while (i < rule.Length && char.IsAsciiDigit(rule[i]))
                    {
                        i++;
                    }

                    tokens.Add(rule[start..i]);
                }
                else if (char.IsAsciiLetter(c))
                {
                    var start = i;
                    while (i < rule.Length && char.IsAsciiLetter(rule[i]))
                    {
                        i++;
                    }

                    tokens.Add(rule[start..i]);
                }
                else if (rule.AsSpan(i).StartsWith("..") || rule.AsSpan(i).StartsWith("!="))
                {
                    tokens.Add(rule.Substring(i, 2));
                    i += 2;
                }
                else
                {
                    tokens.Add(c.ToString());
                    i++;
                }
            }

            return [.. tokens];
        }
    }
}
