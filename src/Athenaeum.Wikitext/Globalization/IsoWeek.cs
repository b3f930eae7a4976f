namespace Athenaeum.Wikitext.Globalization;

/// <summary>ISO 8601 week numbers (PHP's "W" and "o").</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class IsoWeek
{
    /// <summary>Gets the ISO week-numbering year and week of a date.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day.</param>
    /// <returns>The ISO year and the week, 1 to 53.</returns>
    public static (long Year, int Week) Of(long year, int month, int day)
    {
        var days = CivilTime.DaysFromCivil(year, month, day);
        var isoWeekday = (int)CivilTime.FloorMod(days + 3, 7) + 1; // Monday = 1 … Sunday = 7
        var ordinal = (int)(days - CivilTime.DaysFromCivil(year, 1, 1)) + 1;
        var week = (ordinal - isoWeekday + 10) / 7;
        if (week < 1)
        {
            return (year - 1, WeeksIn(year - 1));
        }

        if (week > WeeksIn(year))
        {
            return (year + 1, 1);
        }

        return (year, week);
    }

    /// <summary>Gets the number of ISO weeks of a year (52 or 53).</summary>
    /// <param name="year">The year.</param>
    /// <returns>52 or 53.</returns>
    public static int WeeksIn(long year)
    {
        // A year has 53 weeks when it starts on a Thursday, or is a leap year starting on a Wednesday.
        var jan1 = (int)CivilTime.FloorMod(CivilTime.DaysFromCivil(year, 1, 1) + 3, 7) + 1;
        return jan1 == 4 || (jan1 == 3 && CivilTime.IsLeap(year)) ? 53 : 52;
    }
}
