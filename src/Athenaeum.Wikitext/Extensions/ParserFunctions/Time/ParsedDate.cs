namespace Athenaeum.Wikitext.Extensions.ParserFunctions.Time;

/// <summary>
/// What PHP's date parser (timelib, behind <c>new DateTime($text)</c> and <c>date_parse()</c>) reads
/// from a date string: the fields given (null when absent), the zone, the relative parts and
/// the errors. Mutable while parsing; read-only afterwards.
/// </summary>
internal sealed class ParsedDate
{
    /// <summary>Gets or sets the year, or null.</summary>
    public long? Year { get; set; }

    /// <summary>Gets or sets the month, or null.</summary>
    public long? Month { get; set; }

    /// <summary>Gets or sets the day, or null.</summary>
    public long? Day { get; set; }

    /// <summary>Gets or sets the hour, or null.</summary>
    public long? Hour { get; set; }

    /// <summary>Gets or sets the minute, or null.</summary>
    public long? Minute { get; set; }

    /// <summary>Gets or sets the second, or null.</summary>
    public long? Second { get; set; }

    /// <summary>Gets or sets the fraction of a second, or null.</summary>
    public double? Fraction { get; set; }

    /// <summary>Gets or sets how many times a time was given (timelib counts, so that "00:00 2024" reads 2024 as a year).</summary>
    public int HaveTime { get; set; }

    /// <summary>Gets or sets a value indicating whether a date was given.</summary>
    public bool HaveDate { get; set; }

    /// <summary>Gets or sets how many zones were given.</summary>
    public int HaveZone { get; set; }

    /// <summary>Gets or sets a value indicating whether relative parts were given.</summary>
    public bool HaveRelative { get; set; }

    /// <summary>Gets or sets the zone's offset from UTC in seconds (offset and abbreviation zones, DST included).</summary>
    public int? ZoneOffset { get; set; }

    /// <summary>Gets or sets the named zone ("Europe/Paris"), or null.</summary>
    public TimeZoneInfo? Zone { get; set; }

    /// <summary>Gets the relative part: years, months, days, hours, minutes, seconds.</summary>
    public RelativeTime Relative { get; } = new();

    /// <summary>Gets the errors (any error makes PHP's DateTime constructor throw).</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Gets the warnings (they do not make the constructor throw).</summary>
    public List<string> Warnings { get; } = [];
}
