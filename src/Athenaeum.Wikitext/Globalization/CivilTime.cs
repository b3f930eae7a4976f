namespace Athenaeum.Wikitext.Globalization;

/// <summary>
/// A wall-clock date and time in a time zone, on the proleptic Gregorian calendar, for years PHP
/// accepts and .NET's DateTime does not (year 0 and before). What MediaWiki's 14-digit timestamps
/// and PHP's DateTime hold.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal readonly record struct CivilTime
{
    /// <summary>Gets the year (may be 0 or negative).</summary>
    public long Year { get; init; }

    /// <summary>Gets the month, 1 to 12.</summary>
    public int Month { get; init; }

    /// <summary>Gets the day of the month, 1 to 31.</summary>
    public int Day { get; init; }

    /// <summary>Gets the hour, 0 to 23.</summary>
    public int Hour { get; init; }

    /// <summary>Gets the minute, 0 to 59.</summary>
    public int Minute { get; init; }

    /// <summary>Gets the second, 0 to 59.</summary>
    public int Second { get; init; }

    /// <summary>Gets the offset from UTC in seconds.</summary>
    public int OffsetSeconds { get; init; }

    /// <summary>Gets the zone identifier PHP prints for "e" ("UTC", "Europe/Paris", "+01:00").</summary>
    public string ZoneName { get; init; }

    /// <summary>Gets the zone abbreviation PHP prints for "T" ("UTC", "CET", "+03").</summary>
    public string ZoneAbbreviation { get; init; }

    /// <summary>Gets a value indicating whether daylight saving time is in effect.</summary>
    public bool IsDaylightSaving { get; init; }

    /// <summary>Gets the seconds since 1970-01-01 UTC.</summary>
    public long UnixSeconds => ((DaysFromCivil(Year, Month, Day) * 86400) + (Hour * 3600) + (Minute * 60) + Second) - OffsetSeconds;

    /// <summary>Gets the day of the week, 0 (Sunday) to 6 (Saturday).</summary>
    public int DayOfWeek => (int)FloorMod(DaysFromCivil(Year, Month, Day) + 4, 7);

    /// <summary>Gets the day of the year, 0-based.</summary>
    public int DayOfYear => (int)(DaysFromCivil(Year, Month, Day) - DaysFromCivil(Year, 1, 1));

    /// <summary>Gets a value indicating whether the year is a Gregorian leap year.</summary>
    public bool IsLeapYear => IsLeap(Year);

    /// <summary>Gets the number of days in the month.</summary>
    public int DaysInMonth => DaysIn(Year, Month);

    /// <summary>Creates the wall-clock time of a Unix time in a zone.</summary>
    /// <param name="unixSeconds">Seconds since 1970-01-01 UTC.</param>
    /// <param name="zone">The zone.</param>
    /// <returns>The civil time.</returns>
    public static CivilTime FromUnix(long unixSeconds, TimeZoneInfo zone)
    {
        var offset = zone.BaseUtcOffset;
        var dst = false;
        if (unixSeconds is > -62135596800 and < 253402300799)
        {
            var instant = DateTimeOffset.FromUnixTimeSeconds(unixSeconds);
            offset = zone.GetUtcOffset(instant);
            dst = zone.IsDaylightSavingTime(instant);
        }

        var local = unixSeconds + (long)offset.TotalSeconds;
        var days = FloorDiv(local, 86400);
        var secs = (int)(local - (days * 86400));
        var (y, m, d) = CivilFromDays(days);
        var (name, abbreviation) = ZoneNames.Describe(zone, offset, dst);
        return new CivilTime
        {
            Year = y,
            Month = m,
            Day = d,
            Hour = secs / 3600,
            Minute = secs / 60 % 60,
            Second = secs % 60,
            OffsetSeconds = (int)offset.TotalSeconds,
            ZoneName = name,
            ZoneAbbreviation = abbreviation,
            IsDaylightSaving = dst,
        };
    }

    /// <summary>Days since 1970-01-01 of a proleptic Gregorian date (any year).</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day.</param>
    /// <returns>The day number.</returns>
    public static long DaysFromCivil(long year, int month, int day)
    {
        // Counts in 400-year eras starting on 1 March, so that the leap day ends the year.
        var y = month <= 2 ? year - 1 : year;
        var era = FloorDiv(y, 400);
        var yearOfEra = y - (era * 400);
        var monthFromMarch = month > 2 ? month - 3 : month + 9;
        var dayOfYear = (((153 * monthFromMarch) + 2) / 5) + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - 719468;
    }

    /// <summary>The proleptic Gregorian date of a day number (days since 1970-01-01).</summary>
    /// <param name="days">The day number.</param>
    /// <returns>Year, month and day.</returns>
    public static (long Year, int Month, int Day) CivilFromDays(long days)
    {
        var z = days + 719468;
        var era = FloorDiv(z, 146097);
        var dayOfEra = z - (era * 146097);
        var yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36524) - (dayOfEra / 146096)) / 365;
        var dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        var monthFromMarch = ((5 * dayOfYear) + 2) / 153;
        var day = (int)(dayOfYear - (((153 * monthFromMarch) + 2) / 5) + 1);
        var month = (int)(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
        var year = yearOfEra + (era * 400) + (month <= 2 ? 1 : 0);
        return (year, month, day);
    }

    /// <summary>Tells whether a proleptic Gregorian year is a leap year.</summary>
    /// <param name="year">The year.</param>
    /// <returns><see langword="true"/> for leap years.</returns>
    public static bool IsLeap(long year) => FloorMod(year, 4) == 0 && (FloorMod(year, 100) != 0 || FloorMod(year, 400) == 0);

    /// <summary>The number of days in a month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>28 to 31.</returns>
    public static int DaysIn(long year, int month) => month switch
    {
        2 => IsLeap(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    /// <summary>Division rounding toward negative infinity.</summary>
    /// <param name="a">The dividend.</param>
    /// <param name="b">The positive divisor.</param>
    /// <returns>⌊a / b⌋.</returns>
    public static long FloorDiv(long a, long b) => a >= 0 ? a / b : -((-a + b - 1) / b);

    /// <summary>The non-negative remainder of a division.</summary>
    /// <param name="a">The dividend.</param>
    /// <param name="b">The positive divisor.</param>
    /// <returns>a mod b, in [0, b).</returns>
    public static long FloorMod(long a, long b) => a - (FloorDiv(a, b) * b);
}
