using System.Globalization;

namespace Athenaeum.Wikitext.Globalization;

/// <summary>
/// The non-Gregorian calendars of MediaWiki's date codes: Iranian (Jalali, the 33-year arithmetic
/// rule), Hijri (the tabular Islamic calendar), Hebrew, Thai solar, Minguo and the Japanese eras.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class Calendars
{
    private static readonly int[] IranianMonthLengths = [31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 29];
    private static readonly HebrewCalendar Hebrew = new();

    /// <summary>Gets the length of an Iranian month as MediaWiki gives it ("xit"; Esfand always 29).</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The number of days.</returns>
    public static int IranianMonthLength(int month) => IranianMonthLengths[month - 1];

    /// <summary>Converts a Gregorian date to the Iranian calendar.</summary>
    /// <param name="year">The Gregorian year.</param>
    /// <param name="month">The Gregorian month.</param>
    /// <param name="day">The Gregorian day.</param>
    /// <returns>The Iranian year, month, day and 0-based day of year.</returns>
    public static (long Year, int Month, int Day, int DayOfYear) ToIranian(long year, int month, int day)
    {
        // Days since 1 Farvardin 979 (= 1600-03-21), then 33-year cycles of 12,053 days made of
        // 4-year groups of 1,461 days whose first year is the leap year. The remainders truncate
        // toward zero as PHP's % does, so years before 1600 come out as MediaWiki prints them.
        var days = CivilTime.DaysFromCivil(year, month, day) - CivilTime.DaysFromCivil(1600, 1, 1) - 79;
        var cycles = CivilTime.FloorDiv(days, 12053);
        days %= 12053;
        var jy = 979 + (33 * cycles) + (4 * CivilTime.FloorDiv(days, 1461));
        days %= 1461;
        if (days >= 366)
        {
            jy += (days - 1) / 365;
            days = (days - 1) % 365;
        }

        var dayOfYear = (int)days;
        var m = 0;
        while (m < 11 && days >= IranianMonthLengths[m])
        {
            days -= IranianMonthLengths[m];
            m++;
        }

        return (jy, m + 1, (int)days + 1, dayOfYear);
    }

    /// <summary>
    /// Converts a date to the tabular Islamic calendar (30-year cycle with leap years 2, 5, 7, 10,
    /// 13, 16, 18, 21, 24, 26, 29; epoch 16 July 622 Julian). Dates before 15 October 1582 are read
    /// as Julian dates, as MediaWiki does.
    /// </summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day.</param>
    /// <returns>The Hijri year, month and day.</returns>
    public static (long Year, int Month, int Day) ToHijri(long year, int month, int day)
    {
        var gregorian = year > 1582 || (year == 1582 && (month > 10 || (month == 10 && day > 14)));
        var jdn = gregorian ? CivilTime.DaysFromCivil(year, month, day) + 2440588 : JulianDayFromJulianDate(year, month, day);
        var days = jdn - 1948440;
        var cycles = CivilTime.FloorDiv(days, 10631);
        days -= cycles * 10631;
        var y = 1;
        while (true)
        {
            var length = IsHijriLeap(y) ? 355 : 354;
            if (days < length || y == 30)
            {
                break;
            }

            days -= length;
            y++;
        }

        var m = 1;
        while (m < 12)
        {
            var length = m % 2 == 1 ? 30 : 29;
            if (days < length)
            {
                break;
            }

            days -= length;
            m++;
        }

        return ((cycles * 30) + y, m, (int)days + 1);
    }

    /// <summary>
    /// Converts a Gregorian date to the Hebrew calendar with MediaWiki's month numbers: 1 Tishrei …
    /// 12 Elul, 6 Adar in common years, 13 Adar I and 14 Adar II in leap years. Dates outside
    /// 1583–2239 (the range .NET's Hebrew calendar covers) are returned unconverted.
    /// </summary>
    /// <param name="year">The Gregorian year.</param>
    /// <param name="month">The Gregorian month.</param>
    /// <param name="day">The Gregorian day.</param>
    /// <returns>The Hebrew year, month, day and the length of the month.</returns>
    public static (long Year, int Month, int Day, int DaysInMonth) ToHebrew(long year, int month, int day)
    {
        if (year is < 1584 or > 2238)
        {
            return (year, month, day, CivilTime.DaysIn(year, month));
        }

        var date = new DateTime((int)year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        var hy = Hebrew.GetYear(date);
        var hm = Hebrew.GetMonth(date);
        var hd = Hebrew.GetDayOfMonth(date);
        var length = Hebrew.GetDaysInMonth(hy, hm);
        var mwMonth = hm;
        if (Hebrew.IsLeapYear(hy))
        {
            mwMonth = hm switch
            {
                6 => 13,
                7 => 14,
                > 7 => hm - 1,
                _ => hm,
            };
        }

        return (hy, mwMonth, hd, length);
    }

    /// <summary>
    /// Gets the Thai solar year (Gregorian + 543; before 1941 the year began on 1 April, so January
    /// to March count to the previous year).
    /// </summary>
    /// <param name="year">The Gregorian year.</param>
    /// <param name="month">The Gregorian month.</param>
    /// <returns>The year as text.</returns>
    public static string ThaiYear(long year, int month)
    {
        var thai = year + 543;
        if (year is >= 1912 and <= 1940 && month <= 3)
        {
            thai--;
        }

        return thai.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Gets the Japanese era and year ("令和6", "平成元").</summary>
    /// <param name="year">The Gregorian year.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day.</param>
    /// <returns>The era name and year.</returns>
    public static string JapaneseEraYear(long year, int month, int day)
    {
        // MediaWiki's own era boundaries, including its gap: February to December 1989 fall
        // through to Reiwa (giving "令和-29"), which is what MediaWiki 1.39 prints.
        string era;
        long start;
        if (year < 1912 || (year == 1912 && (month < 7 || (month == 7 && day < 31))))
        {
            (era, start) = ("明治", 1868);
        }
        else if (year is > 1912 and < 1926 || (year == 1912 && (month >= 8 || day == 31)) || (year == 1926 && (month < 12 || day < 26)))
        {
            (era, start) = ("大正", 1912);
        }
        else if (year is > 1926 and < 1989 || (year == 1926 && month == 12 && day >= 26) || (year == 1989 && month == 1 && day < 8))
        {
            (era, start) = ("昭和", 1926);
        }
        else if (year is > 1989 and < 2019 || (year == 1989 && month == 1 && day >= 8) || (year == 2019 && month < 5))
        {
            (era, start) = ("平成", 1989);
        }
        else
        {
            (era, start) = ("令和", 2019);
        }

        var n = year - start + 1;
        return era + (n == 1 ? "元" : n.ToString(CultureInfo.InvariantCulture));
    }

    private static bool IsHijriLeap(int yearInCycle) => ((11 * yearInCycle) + 14) % 30 < 11;

    private static long JulianDayFromJulianDate(long year, int month, int day)
    {
        var a = (14 - month) / 12;
        var y = year + 4800 - a;
        var m = month + (12 * a) - 3;
        return day + (((153 * m) + 2) / 5) + (365 * y) + CivilTime.FloorDiv(y, 4) - 32083;
    }
}
