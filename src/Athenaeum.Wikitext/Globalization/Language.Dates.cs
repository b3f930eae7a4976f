namespace Athenaeum.Wikitext.Globalization;

/// <summary>Month and day names, date formats and date formatting (MediaWiki's Language::sprintfDate).</summary>
public sealed partial class Language
{
    private static readonly string[] MonthKeys =
        ["january", "february", "march", "april", "may_long", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] MonthAbbreviationKeys =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly string[] WeekdayKeys = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    private static readonly string[] WeekdayAbbreviationKeys = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    /// <summary>Gets the name of a month ("January").</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1 to 12.</exception>
    public string GetMonthName(int month) => FormatMessage(MonthKeys[CheckMonth(month) - 1]);

    /// <summary>Gets the genitive name of a month, for languages that decline it ("января" in Russian).</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The genitive name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1 to 12.</exception>
    public string GetMonthNameGenitive(int month) => FormatMessage(MonthKeys[CheckMonth(month) - 1].Replace("_long", string.Empty, StringComparison.Ordinal) + "-gen");

    /// <summary>Gets the abbreviated name of a month ("Jan").</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The abbreviation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1 to 12.</exception>
    public string GetMonthAbbreviation(int month) => FormatMessage(MonthAbbreviationKeys[CheckMonth(month) - 1]);

    /// <summary>Gets the name of a day of the week ("Sunday").</summary>
    /// <param name="day">The day, 1 (Sunday) to 7 (Saturday), as MediaWiki numbers them.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not 1 to 7.</exception>
    public string GetWeekdayName(int day) => FormatMessage(WeekdayKeys[CheckWeekday(day) - 1]);

    /// <summary>Gets the abbreviated name of a day of the week ("Sun").</summary>
    /// <param name="day">The day, 1 (Sunday) to 7 (Saturday).</param>
    /// <returns>The abbreviation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not 1 to 7.</exception>
    public string GetWeekdayAbbreviation(int day) => FormatMessage(WeekdayAbbreviationKeys[CheckWeekday(day) - 1]);

    /// <summary>
    /// Gets a date format of the language (MediaWiki's getDateFormatString), for example "H:i" for
    /// ("time", "default") or "j F Y" for ("date", "dmy").
    /// </summary>
    /// <param name="type">"time", "date", "both", "monthonly" or "pretty".</param>
    /// <param name="preference">"default", "dmy", "mdy", "ymd" or "ISO 8601".</param>
    /// <returns>The sprintfDate format, or <see langword="null"/> when the language has none.</returns>
    public string? GetDateFormat(string type, string preference = "default")
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(preference);
        var wasDefault = preference == "default";
        if (wasDefault)
        {
            preference = DefaultDateFormat;
        }

        var format = LookupDateFormat(preference + " " + type);
        if (type == "pretty" && format is null)
        {
            format = GetDateFormat("date", preference);
        }

        if (!wasDefault && format is null)
        {
            format = LookupDateFormat(DefaultDateFormat + " " + type);
        }

        return format;
    }

    /// <summary>
    /// Formats a point in time with a MediaWiki date format, as Language::sprintfDate (the
    /// language of <c>{{#time:}}</c>): PHP's date codes (Y m d H i s …, F and l with this language's
    /// names), the "x" extensions (xg, xn, xN, xr, xh, the Iranian, Hijri, Hebrew, Thai, Minguo and
    /// Japanese calendars), "\" escapes and "quoted" literals.
    /// </summary>
    /// <param name="format">The format.</param>
    /// <param name="time">The point in time.</param>
    /// <param name="zone">The zone the date is shown in; UTC when <see langword="null"/>.</param>
    /// <returns>The formatted date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year in <paramref name="zone"/> is outside 0–9999.</exception>
    public string FormatDate(string format, DateTimeOffset time, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(format);
        return DateFormatter.Format(this, format, time, zone ?? TimeZoneInfo.Utc);
    }

    /// <summary>Gets the time of day in the language's default time format (MediaWiki's Language::time; {{CURRENTTIME}}).</summary>
    /// <param name="time">The point in time.</param>
    /// <param name="zone">The zone; UTC when <see langword="null"/>.</param>
    /// <returns>The formatted time, for example "03:15".</returns>
    public string FormatTime(DateTimeOffset time, TimeZoneInfo? zone = null)
        => FormatDate(GetDateFormat("time") ?? "H:i", time, zone);

    // "dmy or mdy" means mdy when $wgAmericanDates is set, which it is not by default.
    private string DefaultDateFormat => _data.DefaultDateFormat == "dmy or mdy" ? "dmy" : _data.DefaultDateFormat;

    internal string GetCalendarMonthName(string calendar, int month, bool genitive = false)
    {
        var key = calendar + "-calendar-m" + month.ToString(System.Globalization.CultureInfo.InvariantCulture) + (genitive ? "-gen" : string.Empty);
        if (calendar == "hebrew" && month is 13 or 14)
        {
            key = "hebrew-calendar-m6" + (month == 13 ? "a" : "b") + (genitive ? "-gen" : string.Empty);
        }

        return FormatMessage(key);
    }

    private string? LookupDateFormat(string key)
    {
        foreach (var data in _chain)
        {
            if (data.DateFormats.TryGetValue(key, out var format))
            {
                return format;
            }
        }

        return null;
    }

    private static int CheckMonth(int month) => month is >= 1 and <= 12
        ? month
        : throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1 to 12.");

    private static int CheckWeekday(int day) => day is >= 1 and <= 7
        ? day
        : throw new ArgumentOutOfRangeException(nameof(day), day, "A day of the week is 1 (Sunday) to 7 (Saturday).");
}
