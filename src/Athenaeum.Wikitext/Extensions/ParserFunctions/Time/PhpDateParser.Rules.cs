using System.Text.RegularExpressions;
using static Athenaeum.Wikitext.Extensions.ParserFunctions.Time.PhpDatePatterns;

namespace Athenaeum.Wikitext.Extensions.ParserFunctions.Time;

/// <summary>The formats, in timelib's order (which decides ties between matches of equal length).</summary>
internal static partial class PhpDateParser
{
    private const string T = "(?i:t)";

    private static readonly Rule[] Rules =
    [
        new("yesterday", "(?i:yesterday)", (d, _) =>
        {
            UnhaveTime(d);
            d.Relative.Days = -1;
        }),
        new("now", "(?i:now)", (_, _) => { }),
        new("noon", "(?i:noon)", (d, _) =>
        {
            UnhaveTime(d);
            if (HaveTime(d))
            {
                d.Hour = 12;
            }
        }),
        new("midnight | today", "(?i:midnight|today)", (d, _) => UnhaveTime(d)),
        new("tomorrow", "(?i:tomorrow)", (d, _) =>
        {
            UnhaveTime(d);
            d.Relative.Days = 1;
        }),
        new("timestamp", "@(?<neg>-)?(?<n>[0-9]+)(?:\\.(?<f>[0-9]{0,6}))?", Timestamp),
        new("firstdayof | lastdayof", "(?<which>(?i:first|last)) (?i:day of)", (d, m) =>
        {
            d.HaveRelative = true;
            d.Relative.FirstLastDayOf = m.Groups["which"].Value.Equals("first", StringComparison.OrdinalIgnoreCase) ? 1 : 2;
        }),
        new("backof | frontof", "(?<which>(?i:back|front)) (?i:of) (?<h>" + Hour24 + ")(?:(?:" + Space + ")?" + Meridian + ")?", BackOrFrontOf),
        new("weekdayof", "(?<rel>" + RelTextNumber + "|" + RelTextText + ")" + Space + "(?<day>" + DayFull + "|" + DayAbbr + ")" + Space + "(?i:of)", WeekdayOf),
        new("timetiny12 | timeshort12 | timelong12", "(?<h>" + Hour12 + ")(?:[:.](?<i>" + Minute + ")(?:[:.](?<s>" + Second + "))?)?(?:" + Space + ")?" + Meridian, Time),
        new("mssqltime", "(?<h>" + Hour12 + "):(?<i>" + MinuteLz + "):(?<s>" + SecondLz + ")[:.](?<f>[0-9]+)" + Meridian, Time),
        new("timetiny24 | timeshort24 | timelong24 | iso8601long", T + "?(?<h>" + Hour24 + ")[:.](?<i>" + Minute + ")(?:[:.](?<s>" + Second + ")(?<frac>" + Frac + ")?)?|" + T + "(?<h>" + Hour24 + ")", Time),
        new("gnunocolon", T + "?(?<h>" + Hour24Lz + ")(?<i>" + MinuteLz + ")", GnuNoColon),
        new("iso8601nocolon", T + "?(?<h>" + Hour24Lz + ")(?<i>" + MinuteLz + ")(?<s>" + SecondLz + ")", Time),
        new("americanshort | american", "(?<m>" + Month + ")/(?<d>" + Day + ")(?:/(?<y>" + Year + "))?", Date),
        new("iso8601date4 | iso8601dateslash | dateslash", "(?<y>" + Year4WithSign + ")-(?<m>" + MonthLz + ")-(?<d>" + DayLz + ")|(?<y>" + Year4 + ")/(?<m>" + MonthLz + ")/(?<d>" + DayLz + ")/?|(?<y>" + Year4 + ")/(?<m>" + Month + ")/(?<d>" + Day + ")", Date),
        new("iso8601date2", "(?<y>" + Year2 + ")-(?<m>" + MonthLz + ")-(?<d>" + DayLz + ")", Date),
        new("iso8601datex", "(?<y>" + YearX + ")-(?<m>" + MonthLz + ")-(?<d>" + DayLz + ")", Date),
        new("gnudateshorter", "(?<y>" + Year4 + ")-(?<m>" + Month + ")", Date),
        new("gnudateshort", "(?<y>" + Year + ")-(?<m>" + Month + ")-(?<d>" + Day + ")", Date),
        new("datefull", "(?<d>" + Day + ")[ \t.-]*(?<mt>" + MonthText + ")[ \t.-]*(?<y>" + Year + ")", Date),
        new("pointed date4", "(?<d>" + Day + ")[.\t-](?<m>" + Month + ")[.-](?<y>" + Year4 + ")", Date),
        new("pointed date2", "(?<d>" + Day + ")[.\t](?<m>" + Month + ")\\.(?<y>" + Year2 + ")", Date),
        new("datenoday", "(?<mt>" + MonthText + ")[ .\t-]*(?<y>" + Year4 + ")", Date),
        new("datenodayrev", "(?<y>" + Year4 + ")[ .\t-]*(?<mt>" + MonthText + ")", Date),
        new("datetextual | datenoyear", DateNoYear + "(?<y>" + Year + ")?", Date),
        new("datenoyearrev", "(?<d>" + Day + ")[ .\t-]*(?<mt>" + MonthText + ")", Date),
        new("datenocolon", "(?<y>" + Year4 + ")(?<m>" + MonthLz + ")(?<d>" + DayLz + ")", Date),
        new("xmlrpc | soap | wddx | exif", "(?<y>" + Year4 + ")(?<m>" + MonthLz + ")(?<d>" + DayLz + ")" + T + "(?<h>" + Hour24 + ")(?<i>" + MinuteLz + ")(?<s>" + SecondLz + ")"
            + "|(?<y>" + Year4 + ")-(?<m>" + MonthLz + ")-(?<d>" + DayLz + ")T(?<h>" + Hour24Lz + "):(?<i>" + MinuteLz + "):(?<s>" + SecondLz + ")(?<frac>" + Frac + ")(?<tz>" + TzCorrection + ")?"
            + "|(?<y>" + Year4 + ")-(?<m>" + Month + ")-(?<d>" + Day + ")T(?<h>" + Hour24 + "):(?<i>" + Minute + "):(?<s>" + Second + ")"
            + "|(?<y>" + Year4 + "):(?<m>" + MonthLz + "):(?<d>" + DayLz + ") (?<h>" + Hour24Lz + "):(?<i>" + MinuteLz + "):(?<s>" + SecondLz + ")", DateTime),
        new("pgydotd", "(?<y>" + Year4 + ")\\.?(?<doy>" + DayOfYear + ")", (d, m) =>
        {
            if (HaveDate(d))
            {
                d.Year = ProcessedYear(m);
                d.Day = Number(m, "doy");
                d.Month = 1;
            }
        }),
        new("isoweekday | isoweek", "(?<y>" + Year4 + ")-?W(?<w>" + WeekOfYear + ")(?:-?(?<wd>[0-7]))?", IsoWeek),
        new("pgtextshort", "(?<mt>" + MonthAbbr + ")-(?<d>" + DayLz + ")-(?<y>" + Year + ")", Date),
        new("pgtextreverse", "(?<y>" + Year + ")-(?<mt>" + MonthAbbr + ")-(?<d>" + DayLz + ")", Date),
        new("clf", "(?<d>" + Day + ")/(?<mt>" + MonthAbbr + ")/(?<y>" + Year4 + "):(?<h>" + Hour24Lz + "):(?<i>" + MinuteLz + "):(?<s>" + SecondLz + ")" + Space + "(?<tz>" + TzCorrection + ")", DateTime),
        new("year4", "(?<y>" + Year4 + ")", (d, m) => d.Year = Number(m, "y")),
        new("ago", "(?i:ago)", Ago),
        new("daytext", "(?<day>" + DayText + ")", DayTextAction),
        new("relativetextweek", "(?<rel>" + RelTextText + ")" + Space + "(?i:week)", RelativeTextWeek),
        new("relativetext", "(?<rel>" + RelTextNumber + "|" + RelTextText + ")" + Space + "(?<unit>" + RelTextUnit + ")", RelativeTextAction),
        new("monthfull | monthabbr", "(?<mt>" + MonthFull + "|" + MonthAbbr + ")", (d, m) =>
        {
            if (HaveDate(d))
            {
                d.Month = MonthNumber(m.Groups["mt"].Value);
            }
        }),
        new("tzcorrection | tz", "(?<tz>" + TzCorrection + "|" + Tz + ")", (d, m) => SetZone(d, m.Groups["tz"].Value)),
        new("dateshortwithtimeshort12 | dateshortwithtimelong12", DateNoYear + "(?<h>" + Hour12 + ")[:.](?<i>" + Minute + ")(?:[:.](?<s>" + Second + "))?(?:" + Space + ")?" + Meridian, DateTime),
        new("dateshortwithtimeshort | dateshortwithtimelong | dateshortwithtimelongtz", DateNoYear + T + "?(?<h>" + Hour24 + ")[:.](?<i>" + Minute + ")(?:[:.](?<s>" + Second + ")(?<frac>" + Frac + ")?)?(?:(?:" + Space + ")?(?<tz>" + TzCorrection + "|" + Tz + "))?", DateTime),
        new("relative", "(?<num>[+-]*[ \t]*[0-9]{1,13})(?:" + Space + ")?(?<unit>" + RelTextUnit + "|(?i:week))", RelativeAction),
    ];

    private static long Number(Match m, string group) => long.Parse(m.Groups[group].Value.AsSpan().TrimStart('+'), System.Globalization.CultureInfo.InvariantCulture);

    // A day may carry an ordinal suffix ("4th").
    private static long DayNumber(Match m) => long.Parse(m.Groups["d"].Value.AsSpan().TrimEnd("stndrhSTNDRH"), System.Globalization.CultureInfo.InvariantCulture);

    // Two-digit years: below 70 are 20xx, 70 to 99 are 19xx (timelib's TIMELIB_PROCESS_YEAR).
    private static long ProcessedYear(Match m)
    {
        var text = m.Groups["y"].Value;
        var year = Number(m, "y");
        var digits = text.TrimStart('+', '-').Length;
        if (digits < 4 && year < 100)
        {
            year += year < 70 ? 2000 : 1900;
        }

        return year;
    }

    private static long MonthNumber(string text)
    {
        var lower = text.ToLowerInvariant();
        return lower switch
        {
            "i" => 1,
            "ii" => 2,
            "iii" => 3,
            "iv" => 4,
            "v" => 5,
            "vi" => 6,
            "vii" => 7,
            "viii" => 8,
            "ix" => 9,
            "x" => 10,
            "xi" => 11,
            "xii" => 12,
            _ => lower[..3] switch
            {
                "jan" => 1,
                "feb" => 2,
                "mar" => 3,
                "apr" => 4,
                "may" => 5,
                "jun" => 6,
                "jul" => 7,
                "aug" => 8,
                "sep" => 9,
                "oct" => 10,
                "nov" => 11,
                _ => 12,
            },
        };
    }
}
