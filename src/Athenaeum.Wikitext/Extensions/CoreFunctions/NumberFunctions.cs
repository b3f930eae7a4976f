using System.Globalization;
using System.Text;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Globalization.Php;
using Athenaeum.Wikitext.Parsing;

namespace Athenaeum.Wikitext.Extensions.CoreFunctions;

/// <summary><c>formatnum</c> (with <c>R</c> and <c>NOSEP</c>), <c>padleft</c>, <c>padright</c>, <c>plural</c>.</summary>
internal static class NumberFunctions
{
    /// <summary>The longest result of padleft and padright (MediaWiki's limit).</summary>
    private const int MaxPadLength = 500;

    public static void Register(CoreRegistry r)
    {
        r.Function(["formatnum"], FormatNum);
        r.Function(["padleft"], (h, a) => Pad(FunctionArguments.Trimmed(a, 0), FunctionArguments.Trimmed(a, 1), a.Count > 2 ? FunctionArguments.Trimmed(a, 2) : "0", left: true));
        r.Function(["padright"], (h, a) => Pad(FunctionArguments.Trimmed(a, 0), FunctionArguments.Trimmed(a, 1), a.Count > 2 ? FunctionArguments.Trimmed(a, 2) : "0", left: false));
        r.Function(["plural"], Plural);
    }

    private static ParserFunctionResult FormatNum(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
    {
        var number = FunctionArguments.Trimmed(args, 0);
        var option = FunctionArguments.Trimmed(args, 1);
        var lang = WikiMessages.ContentLanguage(host);
        if (option == "R")
        {
            return MarkerSkipper.Apply(number, lang.ParseFormattedNumber);
        }

        Func<string, string> format = option.Equals("NOSEP", StringComparison.OrdinalIgnoreCase) ? lang.FormatNumNoSeparators : lang.FormatNum;
        return MarkerSkipper.Apply(number, piece =>
        {
            // Text that is not a number is formatted piece by piece and tracked for clean-up.
            if (piece.Length > 0 && !PhpNumeric.IsNumeric(piece) && piece is not ("NAN" or "INF" or "-INF"))
            {
                host.AddTrackingCategory("nonnumeric-formatnum");
            }

            return format(piece);
        });
    }

    /// <summary>CoreParserFunctions::pad: pads to a length in characters with the padding repeated and cut.</summary>
    internal static string Pad(string text, string lengthText, string padding, bool left)
    {
        padding = StripState.KillMarkers(padding);
        var paddingRunes = padding.EnumerateRunes().ToArray();
        if (paddingRunes.Length == 0)
        {
            return text;
        }

        var length = Math.Min(PhpNumeric.ToLong(lengthText), MaxPadLength) - text.EnumerateRunes().Count();
        if (length <= 0)
        {
            return text;
        }

        var sb = new StringBuilder();
        var i = 0;
        while (length > 0)
        {
            sb.Append(paddingRunes[i % paddingRunes.Length].ToString());
            i++;
            length--;
        }

        return left ? sb + text : text + sb;
    }

    private static ParserFunctionResult Plural(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
    {
        var lang = WikiMessages.ContentLanguage(host);
        var text = lang.ParseFormattedNumber(FunctionArguments.Trimmed(args, 0));

        // settype: an integer when the text is all digits, otherwise a float (printed back as PHP prints it).
        string count;
        if (text.Length > 0 && text.All(char.IsAsciiDigit))
        {
            count = PhpNumeric.ToLong(text).ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            count = PhpFloat.ToString(PhpNumeric.ToDouble(text));
        }

        var forms = new List<string>(args.Count);
        for (var i = 1; i < args.Count; i++)
        {
            forms.Add(args[i].ExpandTrimmed());
        }

        return lang.ConvertPlural(count, forms);
    }
}
