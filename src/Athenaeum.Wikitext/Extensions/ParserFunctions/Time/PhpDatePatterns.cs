namespace Athenaeum.Wikitext.Extensions.ParserFunctions.Time;

/// <summary>
/// The building blocks of PHP's date formats ("Supported Date and Time Formats" in the PHP
/// manual), as .NET regular expression fragments. Alternatives are ordered longest first so that
/// a leftmost-first regex finds the match timelib's longest-match scanner would.
/// </summary>
internal static class PhpDatePatterns
{
    public const string Space = @"[ \t]+";
    public const string Frac = @"\.[0-9]+";
    public const string Hour24 = @"(?:2[0-4]|[01]?[0-9])";
    public const string Hour24Lz = @"(?:2[0-4]|[01][0-9])";
    public const string Hour12 = @"(?:1[0-2]|0?[1-9])";
    public const string Minute = @"[0-5]?[0-9]";
    public const string MinuteLz = @"[0-5][0-9]";
    public const string Second = @"(?:60|[0-5]?[0-9])";
    public const string SecondLz = @"(?:60|[0-5][0-9])";
    public const string Meridian = @"(?<mer>[AaPp]\.?[Mm]\.?)(?:[\t ]|\z)";
    public const string DaySuffix = @"(?i:st|nd|rd|th)";
    public const string Month = @"(?:1[0-2]|0?[0-9])";
    public const string Day = @"(?:3[01]|[0-2]?[0-9])(?:" + DaySuffix + ")?";
    public const string Year = "[0-9]{1,4}";
    public const string Year2 = "[0-9]{2}";
    public const string Year4 = "[0-9]{4}";
    public const string Year4WithSign = "[+-]?[0-9]{4}";
    public const string YearX = "[+-][0-9]{5,19}";
    public const string DayOfYear = "(?:36[0-6]|3[0-5][0-9]|[12][0-9][0-9]|0[1-9][0-9]|00[1-9])";
    public const string WeekOfYear = "(?:5[0-3]|[1-4][0-9]|0[1-9])";
    public const string MonthLz = "(?:1[0-2]|0[0-9])";
    public const string DayLz = "(?:3[01]|[12][0-9]|0[0-9])";
    public const string DayFull = "(?i:sunday|monday|tuesday|wednesday|thursday|friday|saturday)";
    public const string DayAbbr = "(?i:sun|mon|tue|wed|thu|fri|sat)";
    public const string DaySpecial = "(?i:weekdays|weekday)";
    public const string DayText = "(?:" + DayFull + "|" + DaySpecial + "|" + DayAbbr + ")";
    public const string MonthFull = "(?i:january|february|march|april|may|june|july|august|september|october|november|december)";
    public const string MonthAbbr = "(?i:jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec)";
    public const string MonthRoman = "(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)";
    public const string MonthText = "(?:" + MonthFull + "|" + MonthAbbr + "|" + MonthRoman + ")";
    public const string TzCorrection = "(?:GMT)?[+-](?:" + Hour24Lz + ":" + MinuteLz + ":" + SecondLz + "|" + Hour24Lz + MinuteLz + SecondLz + "|" + Hour24 + ":?(?:" + Minute + ")?)";
    public const string Tz = @"(?:[A-Z][a-z]+(?:[_/-][A-Za-z]+)+|\(?[A-Za-z]{1,6}\)?)";
    public const string RelTextNumber = "(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|eight|ninth|tenth|eleventh|twelfth)";
    public const string RelTextText = "(?i:next|last|previous|this)";
    public const string RelTextUnit = "(?:(?i:(?:millisecond|microsecond|fortnight|forthnight|second|minute|month|msec|µsec|usec|hour|year|sec|min|day)s?)|(?i:weeks)|" + DayText + "|(?i:ms|µs))";
    public const string DateNoYear = "(?<mt>" + MonthText + ")[ .\t-]*(?<d>" + Day + ")[,.stndrh\t ]*";
}
