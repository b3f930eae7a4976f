using System.Text;

namespace Athenaeum.Wikitext.Extensions.ParserFunctions.Expression;

/// <summary>
/// Evaluates ParserFunctions' expression language (<c>{{#expr:}}</c>, <c>{{#ifexpr:}}</c>) exactly
/// as MediaWiki 1.39 does: a shunting-yard over numbers (always floats), the operators
/// <c>+ - * / div mod fmod ^ e round = != &lt;&gt; &lt; &gt; &lt;= &gt;= and or not</c> and the functions
/// <c>sin cos tan asin acos atan exp ln abs floor ceil trunc sqrt</c>, the constants <c>e</c> and
/// <c>pi</c>, PHP's number semantics and PHP's way of printing the result.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static partial class ExpressionEvaluator
{
    /// <summary>The most operands or operators the stacks may hold (MediaWiki's MAX_STACK_SIZE).</summary>
    private const int MaxStackSize = 100;

    /// <summary>Evaluates an expression and prints the result as PHP would.</summary>
    /// <param name="expression">The expression text.</param>
    /// <returns>The result ("" for an empty expression).</returns>
    /// <exception cref="ExpressionException">The expression is invalid.</exception>
    public static string Evaluate(string expression)
    {
        var operands = EvaluateToStack(expression);
        return string.Join("<br />\n", operands.Select(o => o.ToString()));
    }

    /// <summary>Evaluates an expression and leaves the operand stack (normally one value).</summary>
    /// <param name="expression">The expression text.</param>
    /// <returns>The operands left, bottom first.</returns>
    /// <exception cref="ExpressionException">The expression is invalid.</exception>
    public static List<PhpNumber> EvaluateToStack(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var expr = UnescapeOperators(expression);
        var operands = new List<PhpNumber>();
        var operators = new List<Op>();
        var p = 0;
        var expectingExpression = true;

        while (p < expr.Length)
        {
            if (operands.Count > MaxStackSize || operators.Count > MaxStackSize)
            {
                throw new ExpressionException("stack_exhausted");
            }

            var c = expr[p];
            Op op;
            string name;
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                p++;
                continue;
            }

            if (char.IsAsciiDigit(c) || c == '.')
            {
                if (!expectingExpression)
                {
                    throw new ExpressionException("unexpected_number");
                }

                var start = p;
                while (p < expr.Length && (char.IsAsciiDigit(expr[p]) || expr[p] == '.'))
                {
                    p++;
                }

                // (float) of the run: silently stops at a second decimal point.
                operands.Add(PhpNumber.FromDouble(Globalization.Php.PhpNumeric.ToDouble(expr[start..p])));
                expectingExpression = false;
                continue;
            }

            if (char.IsAsciiLetter(c))
            {
                var start = p;
                while (p < expr.Length && char.IsAsciiLetter(expr[p]))
                {
                    p++;
                }

                var word = expr[start..p].ToLowerInvariant();
                if (!Words.TryGetValue(word, out op))
                {
                    throw new ExpressionException("unrecognised_word", word);
                }

                if (op == Op.Exponent && expectingExpression)
                {
                    operands.Add(PhpNumber.FromDouble(Math.E));
                    expectingExpression = false;
                    continue;
                }

                if (op == Op.Pi)
                {
                    if (!expectingExpression)
                    {
                        throw new ExpressionException("unexpected_number");
                    }

                    operands.Add(PhpNumber.FromDouble(Math.PI));
                    expectingExpression = false;
                    continue;
                }

                if (IsUnaryFunction(op))
                {
                    if (!expectingExpression)
                    {
                        throw new ExpressionException("unexpected_operator", word);
                    }

                    operators.Add(op);
                    continue;
                }

                name = word;
            }
            else if (At(expr, p, "<="))
            {
                (name, op) = ("<=", Op.LessOrEqual);
                p += 2;
            }
            else if (At(expr, p, ">="))
            {
                (name, op) = (">=", Op.GreaterOrEqual);
                p += 2;
            }
            else if (At(expr, p, "<>") || At(expr, p, "!="))
            {
                (name, op) = (expr.Substring(p, 2), Op.NotEqual);
                p += 2;
            }
            else if (c is '+' or '-')
            {
                p++;
                if (expectingExpression)
                {
                    operators.Add(c == '+' ? Op.Positive : Op.Negative);
                    continue;
                }

                (name, op) = (c.ToString(), c == '+' ? Op.Plus : Op.Minus);
            }
            else if (c is '*' or '/' or '^' or '=' or '<' or '>')
            {
                name = c.ToString();
                op = c switch
                {
                    '*' => Op.Times,
                    '/' => Op.Divide,
                    '^' => Op.Pow,
                    '=' => Op.Equality,
                    '<' => Op.Less,
                    _ => Op.Greater,
                };
                p++;
            }
            else if (c == '(')
            {
                if (!expectingExpression)
                {
                    throw new ExpressionException("unexpected_operator", "(");
                }

                operators.Add(Op.Open);
                p++;
                continue;
            }
            else if (c == ')')
            {
                while (operators.Count > 0 && operators[^1] != Op.Open)
                {
                    Apply(operators[^1], operands);
                    operators.RemoveAt(operators.Count - 1);
                }

                if (operators.Count == 0)
                {
                    throw new ExpressionException("unexpected_closing_bracket");
                }

                operators.RemoveAt(operators.Count - 1);
                expectingExpression = false;
                p++;
                continue;
            }
            else
            {
                throw new ExpressionException("unrecognised_punctuation", FirstCharacter(expr, p));
            }

            // A binary operator.
            if (expectingExpression)
            {
                throw new ExpressionException("unexpected_operator", name);
            }

            while (operators.Count > 0 && Precedence(op) <= Precedence(operators[^1]))
            {
                Apply(operators[^1], operands);
                operators.RemoveAt(operators.Count - 1);
            }

            operators.Add(op);
            expectingExpression = true;
        }

        while (operators.Count > 0)
        {
            var last = operators[^1];
            operators.RemoveAt(operators.Count - 1);
            if (last == Op.Open)
            {
                throw new ExpressionException("unclosed_bracket");
            }

            Apply(last, operands);
        }

        return operands;
    }

    private static string UnescapeOperators(string expr)
    {
        // The entities and the Unicode minus that page text commonly holds for these operators.
        if (expr.AsSpan().IndexOfAny("&−") < 0)
        {
            return expr;
        }

        var sb = new StringBuilder(expr.Length);
        var i = 0;
        while (i < expr.Length)
        {
            if (At(expr, i, "&lt;"))
            {
                sb.Append('<');
                i += 4;
            }
            else if (At(expr, i, "&gt;"))
            {
                sb.Append('>');
                i += 4;
            }
            else if (At(expr, i, "&minus;"))
            {
                sb.Append('-');
                i += 7;
            }
            else
            {
                sb.Append(expr[i] == '−' ? '-' : expr[i]);
                i++;
            }
        }

        return sb.ToString();
    }

    private static bool At(string s, int p, string token) => string.CompareOrdinal(s, p, token, 0, token.Length) == 0 && p + token.Length <= s.Length;

    private static string FirstCharacter(string s, int p)
        => char.IsHighSurrogate(s[p]) && p + 1 < s.Length && char.IsLowSurrogate(s[p + 1]) ? s.Substring(p, 2)
            : char.IsSurrogate(s[p]) ? "\uFFFD" : s[p].ToString();
}
