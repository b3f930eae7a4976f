using System.Globalization;
using System.Text;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Extensions.CoreFunctions;
using Athenaeum.Wikitext.Globalization.Php;
using Athenaeum.Wikitext.Parsing;

namespace Athenaeum.Wikitext.Extensions.ParserFunctions.StringFunctions;

/// <summary>
/// ParserFunctions' string functions (behind $wgPFEnableStringFunctions): <c>#len</c>, <c>#pos</c>,
/// <c>#rpos</c>, <c>#sub</c>, <c>#count</c>, <c>#replace</c>, <c>#explode</c>, <c>#urldecode</c>.
/// Strip markers are removed from the input, lengths count code points, and inputs of the length
/// limit or longer give "Error: String exceeds N character limit."
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class StringFunctionSet
{
    /// <summary>Creates the string functions.</summary>
    /// <param name="lengthLimit">$wgPFStringLengthLimit.</param>
    /// <returns>The functions.</returns>
    public static IEnumerable<IParserFunction> Create(int lengthLimit)
    {
        yield return Function("#len", (h, a) => new CodePoints(Kill(a, 0)).Length.ToString(CultureInfo.InvariantCulture));
        yield return Function("#pos", (h, a) => Pos(h, a, lengthLimit));
        yield return Function("#rpos", (h, a) => RPos(h, a, lengthLimit));
        yield return Function("#sub", (h, a) => Sub(h, a, lengthLimit));
        yield return Function("#count", (h, a) => Count(h, a, lengthLimit));
        yield return Function("#replace", (h, a) => Replace(h, a, lengthLimit));
        yield return Function("#explode", (h, a) => Explode(h, a, lengthLimit));
        yield return Function("#urldecode", (h, a) =>
        {
            var s = Kill(a, 0);
            return TooLong(s, lengthLimit) ? TooLongError(h, lengthLimit) : PhpUrl.UrlDecode(s);
        });
    }

    private static DelegateParserFunction Function(string name, Func<IParserFunctionHost, IReadOnlyList<ParserFunctionArgument>, ParserFunctionResult> body)
        => new([name], caseSensitive: false, body);

    private static string Kill(IReadOnlyList<ParserFunctionArgument> args, int index) => StripState.KillMarkers(FunctionArguments.Trimmed(args, index));

    private static bool TooLong(string s, int limit) => new CodePoints(s).Length >= limit;

    private static string TooLongError(IParserFunctionHost host, int limit)
        => WikiMessages.StrongError(host, "pfunc_string_too_long", WikiMessages.ContentLanguage(host).FormatNum(limit.ToString(CultureInfo.InvariantCulture)));

    private static string Pos(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args, int limit)
    {
        var s = Kill(args, 0);
        var needle = Kill(args, 1);
        if (TooLong(s, limit) || TooLong(needle, limit))
        {
            return TooLongError(host, limit);
        }

        var haystack = new CodePoints(s);
        var n = new CodePoints(needle.Length == 0 ? " " : needle);
        var offset = Math.Min(PhpNumeric.ToLong(FunctionArguments.Trimmed(args, 2)), haystack.Length);
        if (offset < 0)
        {
            // mb_strpos counts a negative offset from the end; beyond the start PHP throws (MediaWiki fails the page).
            offset += haystack.Length;
            if (offset < 0)
            {
                return string.Empty;
            }
        }

        var pos = haystack.IndexOf(n, (int)offset);
        return pos < 0 ? string.Empty : pos.ToString(CultureInfo.InvariantCulture);
    }

    private static string RPos(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args, int limit)
    {
        var s = Kill(args, 0);
        var needle = Kill(args, 1);
        if (TooLong(s, limit) || TooLong(needle, limit))
        {
            return TooLongError(host, limit);
        }

        return new CodePoints(s).LastIndexOf(new CodePoints(needle.Length == 0 ? " " : needle)).ToString(CultureInfo.InvariantCulture);
    }

    private static string Sub(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args, int limit)
    {
        var s = Kill(args, 0);
        if (TooLong(s, limit))
        {
            return TooLongError(host, limit);
        }

        var start = PhpNumeric.ToLong(FunctionArguments.Trimmed(args, 1));
        var length = PhpNumeric.ToLong(FunctionArguments.Trimmed(args, 2));
        return new CodePoints(s).Substring(start, length == 0 ? null : length);
    }

    private static string Count(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args, int limit)
    {
        var s = Kill(args, 0);
        var sub = Kill(args, 1);
        if (TooLong(s, limit) || TooLong(sub, limit))
        {
            return TooLongError(host, limit);
        }

        var haystack = new CodePoints(s);
        var needle = new CodePoints(sub.Length == 0 ? " " : sub);
        var count = 0;
        var pos = haystack.IndexOf(needle, 0);
        while (pos >= 0)
        {
            count++;
            pos = haystack.IndexOf(needle, pos + needle.Length);
        }

        return count.ToString(CultureInfo.InvariantCulture);
    }

    private static string Replace(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args, int limitChars)
    {
        var s = Kill(args, 0);
        var from = Kill(args, 1);
        var to = Kill(args, 2);
        if (TooLong(s, limitChars) || TooLong(from, limitChars) || TooLong(to, limitChars))
        {
            return TooLongError(host, limitChars);
        }

        if (from.Length == 0)
        {
            from = " ";
        }

        // Limit the replacements so that the result cannot grow past the length limit.
        var haystack = new CodePoints(s);
        var needle = new CodePoints(from);
        var diff = new CodePoints(to).Length - needle.Length;
        long limit = diff > 0 ? ((limitChars - haystack.Length) / diff) + 1 : -1;
        var given = args.Count > 3 ? PhpNumeric.ToLong(FunctionArguments.Trimmed(args, 3)) : -1;
        if (given >= 0 && (limit > given || limit == -1))
        {
            limit = given;
        }

        var sb = new StringBuilder(s.Length);
        var last = 0;
        var done = 0L;
        var pos = haystack.IndexOf(needle, 0);
        while (pos >= 0 && (limit < 0 || done < limit))
        {
            sb.Append(haystack.Slice(last, pos - last)).Append(to);
            last = pos + needle.Length;
            done++;
            pos = haystack.IndexOf(needle, last);
        }

        sb.Append(haystack.Slice(last, haystack.Length - last));
        var result = sb.ToString();
        return TooLong(result, limitChars) ? TooLongError(host, limitChars) : result;
    }

    private static string Explode(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args, int limit)
    {
        var s = Kill(args, 0);
        var divider = Kill(args, 1);
        if (divider.Length == 0)
        {
            divider = " ";
        }

        if (TooLong(s, limit) || TooLong(divider, limit))
        {
            return TooLongError(host, limit);
        }

        // preg_split: a limit of 0 or -1 (or none) splits everywhere, other negatives and 1 not at all.
        var pieceLimit = args.Count > 3 ? PhpNumeric.ToLong(FunctionArguments.Trimmed(args, 3)) : 0;
        var pieces = new List<string>();
        var haystack = new CodePoints(s);
        var needle = new CodePoints(divider);
        var last = 0;
        var pos = haystack.IndexOf(needle, 0);
        while (pos >= 0 && (pieceLimit is 0 or -1 || pieces.Count + 1 < pieceLimit))
        {
            pieces.Add(haystack.Slice(last, pos - last));
            last = pos + needle.Length;
            pos = haystack.IndexOf(needle, last);
        }

        pieces.Add(haystack.Slice(last, haystack.Length - last));
        // A missing position is PHP's int 0 (the first piece); an empty one is the string "".
        return Pick(pieces, args.Count > 2 ? FunctionArguments.Trimmed(args, 2) : "0");
    }

    /// <summary>
    /// Picks a piece by position as ParserFunctions does with PHP 8 comparisons: a canonical
    /// non-negative integer indexes from the start, a value below zero (numerically, or as a string
    /// before "0") counts from the end after PHP's int conversion.
    /// </summary>
    private static string Pick(List<string> pieces, string position)
    {
        var isNumeric = PhpNumeric.TryParseNumeric(position, out _, out var numeric);
        var atLeastZero = isNumeric ? numeric >= 0 : string.CompareOrdinal(position, "0") >= 0;
        if (atLeastZero)
        {
            // PHP array keys: only a canonical decimal integer string is an integer key.
            return long.TryParse(position, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && (position == "0" || position[0] != '0') && index < pieces.Count
                ? pieces[(int)index]
                : string.Empty;
        }

        var below = isNumeric ? numeric < 0 : string.CompareOrdinal(position, "0") < 0;
        if (below)
        {
            var i = pieces.Count + PhpNumeric.ToLong(position);
            return i >= 0 && i < pieces.Count ? pieces[(int)i] : string.Empty;
        }

        return string.Empty;
    }
}
