using System.Collections.Frozen;
using Athenaeum.Wikitext.Globalization.Php;

namespace Athenaeum.Wikitext.Extensions.ParserFunctions.Expression;

/// <summary>The operators of the expression language: names, precedence and PHP semantics.</summary>
internal static partial class ExpressionEvaluator
{
    private enum Op
    {
        Negative,
        Positive,
        Plus,
        Minus,
        Times,
        Divide,
        Mod,
        Open,
        And,
        Or,
        Not,
        Equality,
        Less,
        Greater,
        LessOrEqual,
        GreaterOrEqual,
        NotEqual,
        Round,
        Exponent,
        Sine,
        Cosine,
        Tangent,
        ArcSine,
        ArcCosine,
        ArcTangent,
        Exp,
        Ln,
        Abs,
        Floor,
        Trunc,
        Ceil,
        Pow,
        Pi,
        FMod,
        Sqrt,
    }

    private static readonly FrozenDictionary<string, Op> Words = new Dictionary<string, Op>(StringComparer.Ordinal)
    {
        ["mod"] = Op.Mod,
        ["fmod"] = Op.FMod,
        ["and"] = Op.And,
        ["or"] = Op.Or,
        ["not"] = Op.Not,
        ["round"] = Op.Round,
        ["div"] = Op.Divide,
        ["e"] = Op.Exponent,
        ["sin"] = Op.Sine,
        ["cos"] = Op.Cosine,
        ["tan"] = Op.Tangent,
        ["asin"] = Op.ArcSine,
        ["acos"] = Op.ArcCosine,
        ["atan"] = Op.ArcTangent,
        ["exp"] = Op.Exp,
        ["ln"] = Op.Ln,
        ["abs"] = Op.Abs,
        ["trunc"] = Op.Trunc,
        ["floor"] = Op.Floor,
        ["ceil"] = Op.Ceil,
        ["pi"] = Op.Pi,
        ["sqrt"] = Op.Sqrt,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static bool IsUnaryFunction(Op op) => op is Op.Not or Op.Sine or Op.Cosine or Op.Tangent or Op.ArcSine
        or Op.ArcCosine or Op.ArcTangent or Op.Exp or Op.Ln or Op.Abs or Op.Floor or Op.Trunc or Op.Ceil or Op.Sqrt;

    // Higher binds tighter; equal precedence associates left (shunting yard with <=).
    private static int Precedence(Op op) => op switch
    {
        Op.Negative or Op.Positive or Op.Exponent => 10,
        Op.Sine or Op.Cosine or Op.Tangent or Op.ArcSine or Op.ArcCosine or Op.ArcTangent or Op.Exp or Op.Ln
            or Op.Abs or Op.Floor or Op.Trunc or Op.Ceil or Op.Not or Op.Sqrt => 9,
        Op.Pow => 8,
        Op.Times or Op.Divide or Op.Mod or Op.FMod => 7,
        Op.Plus or Op.Minus => 6,
        Op.Round => 5,
        Op.Equality or Op.Less or Op.Greater or Op.LessOrEqual or Op.GreaterOrEqual or Op.NotEqual => 4,
        Op.And => 3,
        Op.Or => 2,
        Op.Pi => 0,
        _ => -1,
    };

    // The operator names MediaWiki shows in "Missing operand for …".
    private static string Name(Op op) => op switch
    {
        Op.Negative or Op.Minus => "-",
        Op.Positive or Op.Plus => "+",
        Op.Not => "not",
        Op.Times => "*",
        Op.Divide => "/",
        Op.Mod => "mod",
        Op.FMod => "fmod",
        Op.Round => "round",
        Op.Equality => "=",
        Op.Less => "<",
        Op.Greater => ">",
        Op.LessOrEqual => "<=",
        Op.GreaterOrEqual => ">=",
        Op.NotEqual => "<>",
        Op.And => "and",
        Op.Or => "or",
        Op.Exponent => "e",
        Op.Sine => "sin",
        Op.Cosine => "cos",
        Op.Tangent => "tan",
        Op.ArcSine => "asin",
        Op.ArcCosine => "acos",
        Op.ArcTangent => "atan",
        Op.Ln => "ln",
        Op.Exp => "exp",
        Op.Abs => "abs",
        Op.Floor => "floor",
        Op.Trunc => "trunc",
        Op.Ceil => "ceil",
        Op.Pow => "^",
        Op.Pi => "pi",
        Op.Sqrt => "sqrt",
        _ => string.Empty,
    };

    private static void Apply(Op op, List<PhpNumber> stack)
    {
        if (IsUnaryFunction(op) || op is Op.Negative or Op.Positive)
        {
            if (stack.Count < 1)
            {
                throw new ExpressionException("missing_operand", Name(op));
            }

            stack[^1] = ApplyUnary(op, stack[^1]);
            return;
        }

        if (op is Op.Open or Op.Pi)
        {
            throw new ExpressionException("unknown_error");
        }

        if (stack.Count < 2)
        {
            throw new ExpressionException("missing_operand", Name(op));
        }

        var right = stack[^1];
        var left = stack[^2];
        stack.RemoveAt(stack.Count - 1);
        stack[^1] = ApplyBinary(op, left, right);
    }

    private static PhpNumber ApplyUnary(Op op, PhpNumber arg)
    {
        switch (op)
        {
            case Op.Negative:
                return PhpNumber.Negate(arg);
            case Op.Positive:
                return arg;
            case Op.Not:
                return PhpNumber.FromBoolean(!arg.IsTruthy);
            case Op.Sine:
                return PhpNumber.FromDouble(Math.Sin(arg.Real));
            case Op.Cosine:
                return PhpNumber.FromDouble(Math.Cos(arg.Real));
            case Op.Tangent:
                return PhpNumber.FromDouble(Math.Tan(arg.Real));
            case Op.ArcSine:
            case Op.ArcCosine:
                if (arg.Real < -1 || arg.Real > 1)
                {
                    throw new ExpressionException("invalid_argument", Name(op));
                }

                return PhpNumber.FromDouble(op == Op.ArcSine ? Math.Asin(arg.Real) : Math.Acos(arg.Real));
            case Op.ArcTangent:
                return PhpNumber.FromDouble(Math.Atan(arg.Real));
            case Op.Exp:
                return PhpNumber.FromDouble(Math.Exp(arg.Real));
            case Op.Ln:
                if (arg.Real <= 0)
                {
                    throw new ExpressionException("invalid_argument_ln", Name(op));
                }

                return PhpNumber.FromDouble(Math.Log(arg.Real));
            case Op.Abs:
                return arg.IsInteger && arg.Integer != long.MinValue ? PhpNumber.FromInteger(Math.Abs(arg.Integer)) : PhpNumber.FromDouble(Math.Abs(arg.Real));
            case Op.Floor:
                return PhpNumber.FromDouble(Math.Floor(arg.Real));
            case Op.Ceil:
                return PhpNumber.FromDouble(Math.Ceiling(arg.Real));
            case Op.Trunc:
                return PhpNumber.FromInteger(arg.ToInteger());
            case Op.Sqrt:
                var root = Math.Sqrt(arg.Real);
                return double.IsNaN(root) ? throw new ExpressionException("not_a_number", Name(op)) : PhpNumber.FromDouble(root);
            default:
                throw new ExpressionException("unknown_error");
        }
    }

    private static PhpNumber ApplyBinary(Op op, PhpNumber left, PhpNumber right)
    {
        switch (op)
        {
            case Op.Times:
                return PhpNumber.Multiply(left, right);
            case Op.Divide:
                return right.IsTruthy
                    ? PhpNumber.Divide(left, right)
                    : throw new ExpressionException("division_by_zero", Name(op));
            case Op.Mod:
                var divisor = right.ToInteger();
                var dividend = left.ToInteger();
                if (divisor == 0)
                {
                    throw new ExpressionException("division_by_zero", Name(op));
                }

                // PHP's % on ints; x % -1 is 0 (PHP special-cases it to avoid the overflow).
                return PhpNumber.FromInteger(divisor == -1 ? 0 : dividend % divisor);
            case Op.FMod:
                if (!right.IsTruthy)
                {
                    throw new ExpressionException("division_by_zero", Name(op));
                }

                return PhpNumber.FromDouble(left.Real % right.Real);
            case Op.Plus:
                return PhpNumber.Add(left, right);
            case Op.Minus:
                return PhpNumber.Subtract(left, right);
            case Op.And:
                return PhpNumber.FromBoolean(left.IsTruthy && right.IsTruthy);
            case Op.Or:
                return PhpNumber.FromBoolean(left.IsTruthy || right.IsTruthy);
            case Op.Equality:
                return PhpNumber.FromBoolean(PhpNumber.LooseEquals(left, right));
            case Op.NotEqual:
                return PhpNumber.FromBoolean(!PhpNumber.LooseEquals(left, right));
            case Op.Less:
                return PhpNumber.FromBoolean(PhpNumber.Compare(left, right) < 0);
            case Op.Greater:
                return PhpNumber.FromBoolean(PhpNumber.Compare(right, left) < 0);
            case Op.LessOrEqual:
                return PhpNumber.FromBoolean(PhpNumber.Compare(left, right) <= 0);
            case Op.GreaterOrEqual:
                return PhpNumber.FromBoolean(PhpNumber.Compare(right, left) <= 0);
            case Op.Round:
                return PhpNumber.FromDouble(PhpFloat.Round(left.Real, right.ToInteger()));
            case Op.Exponent:
                return PhpNumber.Multiply(left, PhpNumber.Pow(PhpNumber.FromInteger(10), right));
            case Op.Pow:
                return PhpNumber.Pow(left, right);
            default:
                throw new ExpressionException("unknown_error");
        }
    }
}
