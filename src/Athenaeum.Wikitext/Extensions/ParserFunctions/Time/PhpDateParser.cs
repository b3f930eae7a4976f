using System.Text.RegularExpressions;

namespace Athenaeum.Wikitext.Extensions.ParserFunctions.Time;

/// <summary>
/// PHP's date string parser (timelib's scanner, behind <c>new DateTime($text)</c>), written from
/// PHP's documented formats: at each position every format is tried and the longest match wins
/// (the first listed on a tie), then its action fills the date, time, zone or relative fields.
/// Accepts what <c>{{#time:}}</c> inputs use in practice: ISO and textual dates, times with
/// meridians, "@timestamp", zone names, abbreviations and offsets, and relative phrases such as
/// "+1 day", "next monday", "last day of next month", "3 weeks ago".
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static partial class PhpDateParser
{
    /// <summary>The longest input parsed; longer inputs are an error (PHP has no limit, but nothing valid is this long).</summary>
    private const int MaxLength = 1000;

    /// <summary>Parses a date string as PHP does.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The parsed fields and errors.</returns>
    public static ParsedDate Parse(string text)
    {
        var state = new ParsedDate();
        if (text.Length > MaxLength)
        {
            state.Errors.Add("The date is too long");
            return state;
        }

        var p = 0;
        while (p < text.Length)
        {
            if (text[p] is '\n' or '\0')
            {
                // End of input for timelib: anything after a newline is ignored.
                break;
            }

            var (rule, match) = LongestMatch(text, p);
            if (rule is null || match is null)
            {
                if (text[p] is ' ' or '.' or ',' or '\t')
                {
                    p++;
                    continue;
                }

                state.Errors.Add("Unexpected character");
                p++;
                continue;
            }

            rule.Action(state, match);
            p += match.Length;
        }

        if (state.HaveTime > 0 && !IsValidTime(state))
        {
            state.Warnings.Add("The parsed time was invalid");
        }

        if (state.HaveDate && !IsValidDate(state))
        {
            state.Warnings.Add("The parsed date was invalid");
        }

        return state;
    }

    private static (Rule? Rule, Match? Match) LongestMatch(string text, int p)
    {
        Rule? best = null;
        Match? bestMatch = null;
        foreach (var rule in Rules)
        {
            var m = rule.Pattern.Match(text, p);
            if (m.Success && m.Length > 0 && (bestMatch is null || m.Length > bestMatch.Length))
            {
                best = rule;
                bestMatch = m;
            }
        }

        return (best, bestMatch);
    }

    private static bool IsValidTime(ParsedDate d)
        => d.Hour is >= 0 and <= 23 && d.Minute is >= 0 and <= 59 && d.Second is >= 0 and <= 59;

    private static bool IsValidDate(ParsedDate d)
        => d.Year is not null && d.Month is >= 1 and <= 12 && d.Day is >= 1
            && d.Day <= Globalization.CivilTime.DaysIn(d.Year.Value, (int)d.Month.Value);

    /// <summary>A date format: its pattern (anchored at the scan position) and what it sets.</summary>
    private sealed class Rule(string name, string pattern, Action<ParsedDate, Match> action)
    {
        public string Name { get; } = name;

        public Regex Pattern { get; } = new(@"\G(?:" + pattern + ")", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));

        public Action<ParsedDate, Match> Action { get; } = action;

        public override string ToString() => Name;
    }
}
