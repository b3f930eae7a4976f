using System.Globalization;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Globalization;

namespace Athenaeum.Wikitext.Extensions.CoreFunctions;

/// <summary>
/// The date and time variables: CURRENTYEAR, CURRENTMONTH (CURRENTMONTH2), CURRENTMONTH1,
/// CURRENTMONTHNAME, CURRENTMONTHNAMEGEN, CURRENTMONTHABBREV, CURRENTDAY, CURRENTDAY2,
/// CURRENTDOW, CURRENTDAYNAME, CURRENTTIME, CURRENTHOUR, CURRENTWEEK, CURRENTTIMESTAMP and the
/// same LOCAL… words in the wiki's time zone, from the render's clock and in the content language.
/// </summary>
internal static class DateVariables
{
    public static void Register(CoreRegistry r, CoreParserFunctionsOptions options)
    {
        AddFamily(r, "CURRENT", _ => TimeZoneInfo.Utc);
        AddFamily(r, "LOCAL", _ => options.LocalTimeZone);
    }

    private static void AddFamily(CoreRegistry r, string prefix, Func<IParserFunctionHost, TimeZoneInfo> zone)
    {
        void Add(string[] suffixes, Func<Language, CivilTime, string> value)
            => r.Variable([.. suffixes.Select(s => prefix + s)], h => value(WikiMessages.ContentLanguage(h), Now(h, zone(h))));

        Add(["YEAR"], (l, t) => l.FormatNumNoSeparators(t.Year.ToString("0000", CultureInfo.InvariantCulture)));
        Add(["MONTH", "MONTH2"], (l, t) => l.FormatNumNoSeparators(t.Month.ToString("00", CultureInfo.InvariantCulture)));
        Add(["MONTH1"], (l, t) => l.FormatNumNoSeparators(t.Month.ToString(CultureInfo.InvariantCulture)));
        Add(["MONTHNAME"], (l, t) => l.GetMonthName(t.Month));
        Add(["MONTHNAMEGEN"], (l, t) => l.GetMonthNameGenitive(t.Month));
        Add(["MONTHABBREV"], (l, t) => l.GetMonthAbbreviation(t.Month));
        Add(["DAY"], (l, t) => l.FormatNumNoSeparators(t.Day.ToString(CultureInfo.InvariantCulture)));
        Add(["DAY2"], (l, t) => l.FormatNumNoSeparators(t.Day.ToString("00", CultureInfo.InvariantCulture)));
        Add(["DAYNAME"], (l, t) => l.GetWeekdayName(t.DayOfWeek + 1));
        Add(["DOW"], (l, t) => l.FormatNum(t.DayOfWeek.ToString(CultureInfo.InvariantCulture)));
        Add(["HOUR"], (l, t) => l.FormatNumNoSeparators(t.Hour.ToString("00", CultureInfo.InvariantCulture)));
        Add(["WEEK"], (l, t) => l.FormatNum(IsoWeek.Of(t.Year, t.Month, t.Day).Week.ToString(CultureInfo.InvariantCulture)));
        Add(["TIME"], (l, t) => DateFormatter.Format(l, l.GetDateFormat("time") ?? "H:i", t));
        Add(["TIMESTAMP"], (l, t) => DateFormatter.Format(Language.English, "xNYmdHis", t));
    }

    private static CivilTime Now(IParserFunctionHost host, TimeZoneInfo zone)
        => CivilTime.FromUnix(host.Context.Clock.GetUtcNow().ToUnixTimeSeconds(), zone);
}
