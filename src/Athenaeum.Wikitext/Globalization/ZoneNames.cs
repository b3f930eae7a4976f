using System.Collections.Frozen;
using System.Globalization;

namespace Athenaeum.Wikitext.Globalization;

/// <summary>
/// The names PHP prints for a time zone: the identifier for "e" and the abbreviation for "T".
/// .NET gives no abbreviations, so the common zones' tzdata abbreviations are listed here; other
/// zones get tzdata's numeric form ("+03", "+0530"), which is what tzdata itself uses for most
/// zones without a customary abbreviation.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ZoneNames
{
    private static readonly FrozenDictionary<string, (string Standard, string Daylight)> Abbreviations = new Dictionary<string, (string, string)>(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = ("UTC", "UTC"),
        ["Etc/UTC"] = ("UTC", "UTC"),
        ["GMT"] = ("GMT", "GMT"),
        ["Etc/GMT"] = ("GMT", "GMT"),
        ["Europe/London"] = ("GMT", "BST"),
        ["Europe/Dublin"] = ("GMT", "IST"),
        ["Europe/Lisbon"] = ("WET", "WEST"),
        ["Atlantic/Canary"] = ("WET", "WEST"),
        ["Europe/Paris"] = ("CET", "CEST"),
        ["Europe/Berlin"] = ("CET", "CEST"),
        ["Europe/Amsterdam"] = ("CET", "CEST"),
        ["Europe/Brussels"] = ("CET", "CEST"),
        ["Europe/Madrid"] = ("CET", "CEST"),
        ["Europe/Rome"] = ("CET", "CEST"),
        ["Europe/Vienna"] = ("CET", "CEST"),
        ["Europe/Zurich"] = ("CET", "CEST"),
        ["Europe/Stockholm"] = ("CET", "CEST"),
        ["Europe/Oslo"] = ("CET", "CEST"),
        ["Europe/Copenhagen"] = ("CET", "CEST"),
        ["Europe/Warsaw"] = ("CET", "CEST"),
        ["Europe/Prague"] = ("CET", "CEST"),
        ["Europe/Budapest"] = ("CET", "CEST"),
        ["Europe/Belgrade"] = ("CET", "CEST"),
        ["Europe/Athens"] = ("EET", "EEST"),
        ["Europe/Helsinki"] = ("EET", "EEST"),
        ["Europe/Kiev"] = ("EET", "EEST"),
        ["Europe/Kyiv"] = ("EET", "EEST"),
        ["Europe/Bucharest"] = ("EET", "EEST"),
        ["Europe/Sofia"] = ("EET", "EEST"),
        ["Africa/Cairo"] = ("EET", "EEST"),
        ["Europe/Moscow"] = ("MSK", "MSK"),
        ["Africa/Accra"] = ("GMT", "GMT"),
        ["Africa/Abidjan"] = ("GMT", "GMT"),
        ["Africa/Lagos"] = ("WAT", "WAT"),
        ["Africa/Nairobi"] = ("EAT", "EAT"),
        ["Africa/Johannesburg"] = ("SAST", "SAST"),
        ["America/New_York"] = ("EST", "EDT"),
        ["America/Toronto"] = ("EST", "EDT"),
        ["America/Chicago"] = ("CST", "CDT"),
        ["America/Denver"] = ("MST", "MDT"),
        ["America/Phoenix"] = ("MST", "MST"),
        ["America/Los_Angeles"] = ("PST", "PDT"),
        ["America/Anchorage"] = ("AKST", "AKDT"),
        ["Pacific/Honolulu"] = ("HST", "HST"),
        ["America/Halifax"] = ("AST", "ADT"),
        ["Asia/Kolkata"] = ("IST", "IST"),
        ["Asia/Jerusalem"] = ("IST", "IDT"),
        ["Asia/Tokyo"] = ("JST", "JST"),
        ["Asia/Seoul"] = ("KST", "KST"),
        ["Asia/Shanghai"] = ("CST", "CST"),
        ["Asia/Hong_Kong"] = ("HKT", "HKT"),
        ["Asia/Manila"] = ("PST", "PST"),
        ["Asia/Karachi"] = ("PKT", "PKT"),
        ["Asia/Jakarta"] = ("WIB", "WIB"),
        ["Australia/Sydney"] = ("AEST", "AEDT"),
        ["Australia/Melbourne"] = ("AEST", "AEDT"),
        ["Australia/Brisbane"] = ("AEST", "AEST"),
        ["Australia/Adelaide"] = ("ACST", "ACDT"),
        ["Australia/Perth"] = ("AWST", "AWST"),
        ["Pacific/Auckland"] = ("NZST", "NZDT"),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the identifier and abbreviation PHP prints for a zone at a given offset.</summary>
    /// <param name="zone">The zone.</param>
    /// <param name="offset">The offset in effect.</param>
    /// <param name="daylight">Whether daylight saving time is in effect.</param>
    /// <returns>The identifier ("e") and the abbreviation ("T").</returns>
    public static (string Name, string Abbreviation) Describe(TimeZoneInfo zone, TimeSpan offset, bool daylight)
    {
        if (zone.Equals(TimeZoneInfo.Utc) || zone.Id is "UTC" or "Etc/UTC")
        {
            return ("UTC", "UTC");
        }

        if (zone.Id.StartsWith(FixedOffsetPrefix, StringComparison.Ordinal))
        {
            var text = FormatOffset(offset, colon: true);
            return (text, text);
        }

        if (Abbreviations.TryGetValue(zone.Id, out var names))
        {
            return (zone.Id, daylight ? names.Daylight : names.Standard);
        }

        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        var abbreviation = abs.Minutes == 0
            ? sign + abs.Hours.ToString("00", CultureInfo.InvariantCulture)
            : sign + abs.Hours.ToString("00", CultureInfo.InvariantCulture) + abs.Minutes.ToString("00", CultureInfo.InvariantCulture);
        return (zone.Id, abbreviation);
    }

    /// <summary>The identifier prefix of zones made for a fixed offset ("+01:00" written in a date).</summary>
    public const string FixedOffsetPrefix = "php-offset:";

    /// <summary>Creates a zone for a fixed offset, as PHP's DateTimeZone("+01:00").</summary>
    /// <param name="offset">The offset.</param>
    /// <returns>The zone.</returns>
    public static TimeZoneInfo FixedOffset(TimeSpan offset)
    {
        var text = FormatOffset(offset, colon: true);
        return TimeZoneInfo.CreateCustomTimeZone(FixedOffsetPrefix + text, offset, text, text);
    }

    /// <summary>Formats an offset as "+0100" or "+01:00".</summary>
    /// <param name="offset">The offset.</param>
    /// <param name="colon">Whether hours and minutes are separated by ":".</param>
    /// <returns>The text.</returns>
    public static string FormatOffset(TimeSpan offset, bool colon)
    {
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return sign + abs.Hours.ToString("00", CultureInfo.InvariantCulture) + (colon ? ":" : string.Empty) + abs.Minutes.ToString("00", CultureInfo.InvariantCulture);
    }
}
