using System.Collections.Frozen;
using System.Globalization;

namespace Athenaeum.Wikitext.Extensions.ParserFunctions.Time;

/// <summary>Time zones in date strings: offsets ("+01:00", "GMT-5"), abbreviations ("CET", "EDT") and tz names.</summary>
internal static partial class PhpDateParser
{
    // Abbreviations PHP knows (a common subset of timelib's table): offset in seconds with DST included.
    private static readonly FrozenDictionary<string, int> Abbreviations = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["utc"] = 0,
        ["gmt"] = 0,
        ["ut"] = 0,
        ["z"] = 0,
        ["wet"] = 0,
        ["west"] = 3600,
        ["bst"] = 3600,
        ["cet"] = 3600,
        ["cest"] = 7200,
        ["met"] = 3600,
        ["mest"] = 7200,
        ["mez"] = 3600,
        ["mesz"] = 7200,
        ["eet"] = 7200,
        ["eest"] = 10800,
        ["msk"] = 10800,
        ["msd"] = 14400,
        ["ist"] = 7200,
        ["idt"] = 10800,
        ["est"] = -18000,
        ["edt"] = -14400,
        ["cst"] = -21600,
        ["cdt"] = -18000,
        ["mst"] = -25200,
        ["mdt"] = -21600,
        ["pst"] = -28800,
        ["pdt"] = -25200,
        ["akst"] = -32400,
        ["akdt"] = -28800,
        ["hst"] = -36000,
        ["hdt"] = -32400,
        ["ast"] = -14400,
        ["adt"] = -10800,
        ["nst"] = -12600,
        ["ndt"] = -9000,
        ["jst"] = 32400,
        ["kst"] = 32400,
        ["hkt"] = 28800,
        ["sgt"] = 28800,
        ["awst"] = 28800,
        ["acst"] = 34200,
        ["acdt"] = 37800,
        ["aest"] = 36000,
        ["aedt"] = 39600,
        ["nzst"] = 43200,
        ["nzdt"] = 46800,
        ["wat"] = 3600,
        ["cat"] = 7200,
        ["eat"] = 10800,
        ["sast"] = 7200,
        ["pkt"] = 18000,
        ["wib"] = 25200,
        ["wit"] = 32400,
        ["wita"] = 28800,
        ["pht"] = 28800,

        // Military zones: A–I +1…+9, K–M +10…+12, N–Y −1…−12, Z 0.
        ["a"] = 3600,
        ["b"] = 7200,
        ["c"] = 10800,
        ["d"] = 14400,
        ["e"] = 18000,
        ["f"] = 21600,
        ["g"] = 25200,
        ["h"] = 28800,
        ["i"] = 32400,
        ["k"] = 36000,
        ["l"] = 39600,
        ["m"] = 43200,
        ["n"] = -3600,
        ["o"] = -7200,
        ["p"] = -10800,
        ["q"] = -14400,
        ["r"] = -18000,
        ["s"] = -21600,
        ["t"] = -25200,
        ["u"] = -28800,
        ["v"] = -32400,
        ["w"] = -36000,
        ["x"] = -39600,
        ["y"] = -43200,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<FrozenDictionary<string, string>> ZoneIds = new(() =>
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones())
        {
            ids.TryAdd(zone.Id, zone.Id);
        }

        ids.TryAdd("UTC", "UTC");
        return ids.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    });

    private static void SetZone(ParsedDate d, string text)
    {
        if (!HaveZone(d))
        {
            return;
        }

        var s = text.TrimStart(' ', '\t', '(').TrimEnd(')');
        if (s.StartsWith("GMT+", StringComparison.Ordinal) || s.StartsWith("GMT-", StringComparison.Ordinal))
        {
            s = s[3..];
        }

        if (s.StartsWith('+') || s.StartsWith('-'))
        {
            var offset = ParseOffset(s[1..]);
            d.ZoneOffset = s[0] == '-' ? -offset : offset;
            d.Zone = null;
            return;
        }

        var found = Abbreviations.TryGetValue(s, out var abbreviationOffset);
        if (found)
        {
            d.ZoneOffset = abbreviationOffset;
            d.Zone = null;
        }

        if ((!found || s.Equals("UTC", StringComparison.OrdinalIgnoreCase)) && TryFindZone(s, out var zone))
        {
            d.Zone = zone;
            d.ZoneOffset = null;
            found = true;
        }

        if (!found)
        {
            d.Errors.Add("The timezone could not be found in the database");
        }
    }

    /// <summary>Finds a tz database zone by name, ignoring case as PHP does.</summary>
    /// <param name="name">The name ("Europe/Paris").</param>
    /// <param name="zone">The zone.</param>
    /// <returns><see langword="true"/> when the zone exists.</returns>
    internal static bool TryFindZone(string name, out TimeZoneInfo zone)
    {
        if (name.Equals("UTC", StringComparison.OrdinalIgnoreCase))
        {
            zone = TimeZoneInfo.Utc;
            return true;
        }

        if (ZoneIds.Value.TryGetValue(name, out var id))
        {
            try
            {
                zone = TimeZoneInfo.FindSystemTimeZoneById(id);
                return true;
            }
            catch (TimeZoneNotFoundException)
            {
            }
            catch (InvalidTimeZoneException)
            {
            }
        }

        zone = TimeZoneInfo.Utc;
        return false;
    }

    // timelib_parse_tz_cor: "H", "HH", "H:MM", "HHMM", "HH:MM", "HHMMSS", "HH:MM:SS" after the sign.
    private static int ParseOffset(string s)
    {
        var end = 0;
        while (end < s.Length && (char.IsAsciiDigit(s[end]) || s[end] == ':'))
        {
            end++;
        }

        var t = s[..end];
        static int Int(string x) => x.Length == 0 ? 0 : int.Parse(x.TrimEnd(':'), CultureInfo.InvariantCulture);
        return t.Length switch
        {
            1 or 2 => Int(t) * 3600,
            3 or 4 when t[1] == ':' => (Int(t[..1]) * 3600) + (Int(t[2..]) * 60),
            3 or 4 when t[2] == ':' => (Int(t[..2]) * 3600) + (Int(t[3..]) * 60),
            3 or 4 => (Int(t) / 100 * 3600) + (Int(t) % 100 * 60),
            5 when t[2] == ':' => (Int(t[..2]) * 3600) + (Int(t[3..]) * 60),
            6 => (Int(t[..2]) * 3600) + (Int(t[2..4]) * 60) + Int(t[4..]),
            8 when t[2] == ':' && t[5] == ':' => (Int(t[..2]) * 3600) + (Int(t[3..5]) * 60) + Int(t[6..]),
            _ => 0,
        };
    }
}
