using System.Globalization;
using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Globalization;

namespace Athenaeum.Wikitext.Extensions.ParserFunctions.Time;

/// <summary>What each format sets (timelib's scanner actions).</summary>
internal static partial class PhpDateParser
{
    private static bool HaveTime(ParsedDate d)
    {
        if (d.HaveTime > 0)
        {
            d.Errors.Add("Double time specification");
            return false;
        }

        d.HaveTime = 1;
        d.Hour = d.Minute = d.Second = 0;
        d.Fraction = 0;
        return true;
    }

    private static void UnhaveTime(ParsedDate d)
    {
        d.HaveTime = 0;
        d.Hour = d.Minute = d.Second = 0;
        d.Fraction = 0;
    }

    private static bool HaveDate(ParsedDate d)
    {
        if (d.HaveDate)
        {
            d.Errors.Add("Double date specification");
            return false;
        }

        d.HaveDate = true;
        return true;
    }

    private static bool HaveZone(ParsedDate d)
    {
        if (d.HaveZone > 0)
        {
            // A second zone is only a warning; a third is an error.
            (d.HaveZone > 1 ? d.Errors : d.Warnings).Add("Double timezone specification");
            d.HaveZone++;
            return false;
        }

        d.HaveZone++;
        return true;
    }

    private static long ApplyMeridian(long hour, Match m)
    {
        var mer = m.Groups["mer"];
        if (!mer.Success)
        {
            return hour;
        }

        if (mer.Value[0] is 'a' or 'A')
        {
            return hour == 12 ? 0 : hour;
        }

        return hour != 12 ? hour + 12 : hour;
    }

    private static void Timestamp(ParsedDate d, Match m)
    {
        d.HaveRelative = true;
        d.HaveDate = false;
        d.Year = d.Month = d.Day = 0;
        UnhaveTime(d);
        if (!HaveZone(d))
        {
            return;
        }

        d.Year = 1970;
        d.Month = 1;
        d.Day = 1;
        var sign = m.Groups["neg"].Success ? -1 : 1;
        d.Relative.Seconds += sign * long.Parse(m.Groups["n"].Value.Length > 18 ? m.Groups["n"].Value[..18] : m.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["f"].Success && m.Groups["f"].Length > 0)
        {
            d.Relative.Microseconds += sign * long.Parse(m.Groups["f"].Value.PadRight(6, '0'), CultureInfo.InvariantCulture);
        }

        d.ZoneOffset = 0;
        d.Zone = null;
    }

    private static void BackOrFrontOf(ParsedDate d, Match m)
    {
        UnhaveTime(d);
        if (!HaveTime(d))
        {
            return;
        }

        var back = m.Groups["which"].Value.StartsWith('b') || m.Groups["which"].Value.StartsWith('B');
        var hour = Number(m, "h") - (back ? 0 : 1);
        d.Minute = back ? 15 : 45;
        d.Hour = ApplyMeridian(hour, m);
    }

    private static void WeekdayOf(ParsedDate d, Match m)
    {
        d.HaveRelative = true;
        var (amount, behavior) = RelativeText(m.Groups["rel"].Value);
        if (amount > 0)
        {
            d.Relative.WeekdayOfMonth = 1;
            SetRelative(d, m.Groups["day"].Value, amount, 1, keepTime: false);
        }
        else
        {
            d.Relative.WeekdayOfMonth = 2;
            SetRelative(d, m.Groups["day"].Value, amount, behavior, keepTime: false);
        }
    }

    private static void Time(ParsedDate d, Match m)
    {
        if (!HaveTime(d))
        {
            return;
        }

        SetTimeFields(d, m);
    }

    private static void SetTimeFields(ParsedDate d, Match m)
    {
        var hour = Number(m, "h");
        d.Minute = m.Groups["i"].Success ? Number(m, "i") : 0;
        d.Second = m.Groups["s"].Success ? Number(m, "s") : 0;
        if (m.Groups["frac"].Success)
        {
            d.Fraction = double.Parse("0" + m.Groups["frac"].Value, CultureInfo.InvariantCulture);
        }
        else if (m.Groups["f"].Success)
        {
            d.Fraction = double.Parse("0." + m.Groups["f"].Value, CultureInfo.InvariantCulture);
        }

        d.Hour = ApplyMeridian(hour, m);
        if (m.Groups["tz"].Success)
        {
            SetZone(d, m.Groups["tz"].Value);
        }
    }

    private static void GnuNoColon(ParsedDate d, Match m)
    {
        switch (d.HaveTime)
        {
            case 0:
                d.Hour = Number(m, "h");
                d.Minute = Number(m, "i");
                d.Second = 0;
                break;
            case 1:
                // After a time, four digits are a year: what makes "00:00 2024" work.
                d.Year = (Number(m, "h") * 100) + Number(m, "i");
                break;
            default:
                d.Errors.Add("Double time specification");
                return;
        }

        d.HaveTime++;
    }

    private static void Date(ParsedDate d, Match m)
    {
        if (!HaveDate(d))
        {
            return;
        }

        SetDateFields(d, m);
    }

    private static void SetDateFields(ParsedDate d, Match m)
    {
        if (m.Groups["y"].Success)
        {
            d.Year = ProcessedYear(m);
        }

        d.Month = m.Groups["m"].Success ? Number(m, "m") : MonthNumber(m.Groups["mt"].Value);
        d.Day = m.Groups["d"].Success ? DayNumber(m) : 1;
    }

    private static void DateTime(ParsedDate d, Match m)
    {
        if (!HaveDate(d))
        {
            return;
        }

        SetDateFields(d, m);
        if (HaveTime(d))
        {
            SetTimeFields(d, m);
        }
    }

    private static void IsoWeek(ParsedDate d, Match m)
    {
        if (!HaveDate(d))
        {
            return;
        }

        d.HaveRelative = true;
        var year = Number(m, "y");
        var week = Number(m, "w");
        var weekday = m.Groups["wd"].Success ? Number(m, "wd") : 1;
        d.Year = year;
        d.Month = 1;
        d.Day = 1;

        // Days from 1 January to the given ISO week day (timelib_daynr_from_weeknr).
        var dow = (int)CivilTime.FloorMod(CivilTime.DaysFromCivil(year, 1, 1) + 4, 7);
        var day = 0 - (dow > 4 ? dow - 7 : dow);
        d.Relative.Days += day + ((week - 1) * 7) + weekday;
    }

    private static void Ago(ParsedDate d, Match m)
    {
        var r = d.Relative;
        r.Years = -r.Years;
        r.Months = -r.Months;
        r.Days = -r.Days;
        r.Hours = -r.Hours;
        r.Minutes = -r.Minutes;
        r.Seconds = -r.Seconds;
        r.Microseconds = -r.Microseconds;
        r.Weekday = -r.Weekday;
        if (r.Weekday == 0)
        {
            r.Weekday = -7;
        }

        if (r.HaveWeekdays)
        {
            r.Weekdays = -r.Weekdays;
        }
    }

    private static void DayTextAction(ParsedDate d, Match m)
    {
        d.HaveRelative = true;
        d.Relative.HaveWeekdayRelative = true;
        UnhaveTime(d);

        // "weekday" as a day name gives weekday 1 in timelib (its special-unit code).
        var day = WeekdayNumber(m.Groups["day"].Value);
        d.Relative.Weekday = day < 0 ? 1 : day;
        if (d.Relative.WeekdayBehavior != 2)
        {
            d.Relative.WeekdayBehavior = 1;
        }
    }

    private static void RelativeTextWeek(ParsedDate d, Match m)
    {
        d.HaveRelative = true;
        var (amount, _) = RelativeText(m.Groups["rel"].Value);
        d.Relative.Days += amount * 7;
        d.Relative.WeekdayBehavior = 2;
        if (!d.Relative.HaveWeekdayRelative)
        {
            d.Relative.HaveWeekdayRelative = true;
            d.Relative.Weekday = 1;
        }
    }

    private static void RelativeTextAction(ParsedDate d, Match m)
    {
        d.HaveRelative = true;
        var (amount, behavior) = RelativeText(m.Groups["rel"].Value);
        SetRelative(d, m.Groups["unit"].Value, amount, behavior, keepTime: false);
    }

    private static void RelativeAction(ParsedDate d, Match m)
    {
        d.HaveRelative = true;
        var text = m.Groups["num"].Value;
        var negative = text.Count(c => c == '-') % 2 == 1;
        var digits = text.TrimStart('+', '-', ' ', '\t');
        var amount = long.Parse(digits, CultureInfo.InvariantCulture) * (negative ? -1 : 1);
        SetRelative(d, m.Groups["unit"].Value, amount, 0, keepTime: true);
    }

    private static (long Amount, int Behavior) RelativeText(string word) => word.ToLowerInvariant() switch
    {
        "last" or "previous" => (-1, 0),
        "this" => (0, 1),
        "next" or "first" => (1, 0),
        "second" => (2, 0),
        "third" => (3, 0),
        "fourth" => (4, 0),
        "fifth" => (5, 0),
        "sixth" => (6, 0),
        "seventh" => (7, 0),
        "eight" or "eighth" => (8, 0),
        "ninth" => (9, 0),
        "tenth" => (10, 0),
        "eleventh" => (11, 0),
        _ => (12, 0),
    };

    private static int WeekdayNumber(string name)
    {
        var lower = name.ToLowerInvariant();
        if (lower.StartsWith("weekday", StringComparison.Ordinal))
        {
            return -1;
        }

        return lower[..3] switch
        {
            "sun" => 0,
            "mon" => 1,
            "tue" => 2,
            "wed" => 3,
            "thu" => 4,
            "fri" => 5,
            _ => 6,
        };
    }

    private static void SetRelative(ParsedDate d, string unit, long amount, int behavior, bool keepTime)
    {
        var r = d.Relative;
        var u = unit.ToLowerInvariant();
        switch (u)
        {
            case "ms" or "msec" or "msecs" or "millisecond" or "milliseconds":
                r.Microseconds += amount * 1000;
                return;
            case "µs" or "usec" or "usecs" or "µsec" or "µsecs" or "microsecond" or "microseconds":
                r.Microseconds += amount;
                return;
            case "sec" or "secs" or "second" or "seconds":
                r.Seconds += amount;
                return;
            case "min" or "mins" or "minute" or "minutes":
                r.Minutes += amount;
                return;
            case "hour" or "hours":
                r.Hours += amount;
                return;
            case "day" or "days":
                r.Days += amount;
                return;
            case "week" or "weeks":
                r.Days += amount * 7;
                return;
            case "fortnight" or "fortnights" or "forthnight" or "forthnights":
                r.Days += amount * 14;
                return;
            case "month" or "months":
                r.Months += amount;
                return;
            case "year" or "years":
                r.Years += amount;
                return;
        }

        if (!keepTime)
        {
            UnhaveTime(d);
        }

        var weekday = WeekdayNumber(u);
        if (weekday < 0)
        {
            r.HaveWeekdays = true;
            r.Weekdays = amount;
            return;
        }

        r.HaveWeekdayRelative = true;
        r.Days += (amount > 0 ? amount - 1 : amount) * 7;
        r.Weekday = weekday;
        r.WeekdayBehavior = behavior;
    }
}
