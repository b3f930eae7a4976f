using Athenaeum.Wikitext.Globalization;

namespace Athenaeum.Wikitext.Extensions.ParserFunctions.Time;

/// <summary>
/// Turns a parsed date into a point in time as PHP's DateTime constructor does (timelib's
/// fill_holes and update_ts): missing fields come from "now", a date without a time is midnight,
/// then the weekday, relative and "first/last day of" adjustments are applied with timelib's
/// normalization (31 January + 1 month = 2 or 3 March), and the zone gives the offset.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class PhpDateResolver
{
    /// <summary>Resolves a parsed date.</summary>
    /// <param name="d">The parsed date (without errors).</param>
    /// <param name="now">The current time.</param>
    /// <param name="defaultZone">The zone of dates without one (and of "now").</param>
    /// <returns>Seconds since 1970-01-01 UTC.</returns>
    public static long Resolve(ParsedDate d, DateTimeOffset now, TimeZoneInfo defaultZone)
    {
        var n = CivilTime.FromUnix(now.ToUnixTimeSeconds(), defaultZone);
        long y = d.Year ?? n.Year;
        long m = d.Month ?? n.Month;
        long day = d.Day ?? n.Day;
        long h;
        long i;
        long s;
        if (d.HaveDate && d.HaveTime == 0 && d.Hour is null)
        {
            (h, i, s) = (0, 0, 0);
        }
        else
        {
            h = d.Hour ?? n.Hour;
            i = d.Minute ?? n.Minute;
            s = d.Second ?? n.Second;
        }

        var r = d.Relative;
        var relativeMonths = r.Months;

        // "third friday of …" / "last friday of …" start from the 1st of the (next) month.
        if (r.WeekdayOfMonth != 0)
        {
            day = 1;
            m += relativeMonths + (r.WeekdayOfMonth == 2 ? 1 : 0);
            relativeMonths = 0;
            Normalize(ref y, ref m, ref day, ref h, ref i, ref s);
        }

        if (r.HaveWeekdayRelative)
        {
            AdjustForWeekday(r, y, m, ref day);
        }

        Normalize(ref y, ref m, ref day, ref h, ref i, ref s);
        if (d.HaveRelative)
        {
            s += r.Seconds + FloorDiv(r.Microseconds, 1_000_000);
            i += r.Minutes;
            h += r.Hours;
            day += r.Days;
            m += relativeMonths;
            y += r.Years;
        }

        switch (r.FirstLastDayOf)
        {
            case 1:
                day = 1;
                break;
            case 2:
                day = 0;
                m++;
                break;
        }

        Normalize(ref y, ref m, ref day, ref h, ref i, ref s);
        if (r.HaveWeekdays && r.Weekdays != 0)
        {
            day += WeekdaysOffset(y, m, day, r.Weekdays);
            Normalize(ref y, ref m, ref day, ref h, ref i, ref s);
        }

        var local = (CivilTime.DaysFromCivil(y, (int)m, (int)day) * 86400) + (h * 3600) + (i * 60) + s;
        return local - OffsetFor(d, local, defaultZone);
    }

    private static long OffsetFor(ParsedDate d, long localSeconds, TimeZoneInfo defaultZone)
    {
        if (d.ZoneOffset is { } fixedOffset)
        {
            return fixedOffset;
        }

        var zone = d.Zone ?? defaultZone;
        if (localSeconds is > -62135596800 and < 253402300799)
        {
            var wall = DateTime.SpecifyKind(DateTime.UnixEpoch.AddSeconds(localSeconds), DateTimeKind.Unspecified);
            return (long)zone.GetUtcOffset(wall).TotalSeconds;
        }

        return (long)zone.BaseUtcOffset.TotalSeconds;
    }

    // timelib's do_adjust_for_weekday.
    private static void AdjustForWeekday(RelativeTime r, long y, long m, ref long day)
    {
        long yy = y, mm = m, dd = day, h = 0, i = 0, s = 0;
        Normalize(ref yy, ref mm, ref dd, ref h, ref i, ref s);
        var currentDow = (int)CivilTime.FloorMod(CivilTime.DaysFromCivil(yy, (int)mm, (int)dd) + 4, 7);
        var weekday = r.Weekday;
        if (r.WeekdayBehavior == 2)
        {
            // "this week" and "sunday this week": weeks run Monday to Sunday.
            if (currentDow == 0 && weekday != 0)
            {
                weekday -= 7;
            }

            if (weekday == 0 && currentDow != 0)
            {
                weekday = 7;
            }

            day = day - currentDow + weekday;
            return;
        }

        var difference = weekday - currentDow;
        if ((r.Days < 0 && difference < 0) || (r.Days >= 0 && difference <= -r.WeekdayBehavior))
        {
            difference += 7;
        }

        if (weekday >= 0)
        {
            day += difference;
        }
        else
        {
            day -= 7 - (Math.Abs(weekday) - currentDow);
        }
    }

    // Moves a number of weekdays (Monday to Friday), skipping weekends.
    private static long WeekdaysOffset(long y, long m, long day, long count)
    {
        var dow = (int)CivilTime.FloorMod(CivilTime.DaysFromCivil(y, (int)m, (int)day) + 4, 7);
        var step = count > 0 ? 1 : -1;
        var remaining = Math.Abs(count);
        long offset = 0;
        while (remaining > 0)
        {
            offset += step;
            dow = (int)CivilTime.FloorMod(dow + step, 7);
            if (dow is not 0 and not 6)
            {
                remaining--;
            }
        }

        return offset;
    }

    /// <summary>timelib_do_normalize: carries seconds into minutes … months into years, and days into months.</summary>
    private static void Normalize(ref long y, ref long m, ref long d, ref long h, ref long i, ref long s)
    {
        Carry(ref s, ref i, 60);
        Carry(ref i, ref h, 60);
        Carry(ref h, ref d, 24);
        m -= 1;
        Carry(ref m, ref y, 12);
        m += 1;
        var days = CivilTime.DaysFromCivil(y, (int)m, 1) + (d - 1);
        var (ny, nm, nd) = CivilTime.CivilFromDays(days);
        (y, m, d) = (ny, nm, nd);
    }

    private static void Carry(ref long value, ref long next, long size)
    {
        var carry = FloorDiv(value, size);
        value -= carry * size;
        next += carry;
    }

    private static long FloorDiv(long a, long b) => CivilTime.FloorDiv(a, b);
}
