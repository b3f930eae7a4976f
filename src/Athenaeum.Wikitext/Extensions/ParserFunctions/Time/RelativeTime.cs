namespace Athenaeum.Wikitext.Extensions.ParserFunctions.Time;

/// <summary>The relative part of a parsed date ("+1 day", "next monday", "last day of next month").</summary>
internal sealed class RelativeTime
{
    /// <summary>Gets or sets the years to add.</summary>
    public long Years { get; set; }

    /// <summary>Gets or sets the months to add.</summary>
    public long Months { get; set; }

    /// <summary>Gets or sets the days to add.</summary>
    public long Days { get; set; }

    /// <summary>Gets or sets the hours to add.</summary>
    public long Hours { get; set; }

    /// <summary>Gets or sets the minutes to add.</summary>
    public long Minutes { get; set; }

    /// <summary>Gets or sets the seconds to add.</summary>
    public long Seconds { get; set; }

    /// <summary>Gets or sets the microseconds to add.</summary>
    public long Microseconds { get; set; }

    /// <summary>Gets or sets the weekday to move to (0 Sunday … 6 Saturday; negative after "ago").</summary>
    public int Weekday { get; set; }

    /// <summary>Gets or sets how the weekday move counts the current day (timelib's weekday_behavior 0, 1 or 2).</summary>
    public int WeekdayBehavior { get; set; }

    /// <summary>Gets or sets a value indicating whether a weekday move was given.</summary>
    public bool HaveWeekdayRelative { get; set; }

    /// <summary>Gets or sets 1 for "first day of", 2 for "last day of", 0 otherwise.</summary>
    public int FirstLastDayOf { get; set; }

    /// <summary>Gets or sets 1 for "third friday of" (nth weekday in the month), 2 for "last friday of", 0 otherwise.</summary>
    public int WeekdayOfMonth { get; set; }

    /// <summary>Gets or sets the number of weekdays (Monday to Friday) to move ("+3 weekdays").</summary>
    public long Weekdays { get; set; }

    /// <summary>Gets or sets a value indicating whether a weekdays move was given.</summary>
    public bool HaveWeekdays { get; set; }
}
