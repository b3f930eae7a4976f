using System.Globalization;
using System.Text;

namespace Athenaeum.Wikitext.Globalization;

/// <summary>
/// MediaWiki's date format language (Language::sprintfDate): PHP's date() codes with the
/// language's names and digits, plus the "x" codes for raw numbers, Roman and Hebrew numerals,
/// genitive month names and other calendars.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class DateFormatter
{
    private static readonly string[] EnglishDays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    private static readonly string[] EnglishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>Formats a point in time shown in a zone.</summary>
    /// <param name="lang">The language of names and digits.</param>
    /// <param name="format">The format.</param>
    /// <param name="time">The point in time.</param>
    /// <param name="zone">The zone.</param>
    /// <returns>The formatted text.</returns>
    public static string Format(Language lang, string format, DateTimeOffset time, TimeZoneInfo zone)
        => Format(lang, format, CivilTime.FromUnix(time.ToUnixTimeSeconds(), zone));

    /// <summary>Formats a wall-clock time (the year must be 0 to 9999, as MediaWiki's 14-digit timestamps).</summary>
    /// <param name="lang">The language of names and digits.</param>
    /// <param name="format">The format.</param>
    /// <param name="t">The time.</param>
    /// <returns>The formatted text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 0–9999.</exception>
    public static string Format(Language lang, string format, CivilTime t)
    {
        if (t.Year is < 0 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(t), t.Year, "MediaWiki timestamps hold the years 0 to 9999.");
        }

        var state = new State(lang, t);
        var s = new StringBuilder(format.Length * 2);
        for (var p = 0; p < format.Length; p++)
        {
            var code = format[p].ToString();
            if (code == "x" && p < format.Length - 1)
            {
                code += format[++p];
            }

            if (code is "xi" or "xj" or "xk" or "xm" or "xo" or "xt" && p < format.Length - 1)
            {
                code += format[++p];
            }

            string? num = null;
            switch (code)
            {
                case "\\":
                    s.Append(p < format.Length - 1 ? format[++p] : '\\');
                    break;
                case "\"":
                    var end = p < format.Length - 1 ? format.IndexOf('"', p + 1) : -1;
                    if (end < 0)
                    {
                        s.Append('"');
                    }
                    else
                    {
                        s.Append(format, p + 1, end - p - 1);
                        p = end;
                    }

                    break;
                default:
                    if (!state.Apply(code, s, out num))
                    {
                        // Unknown codes (and the second letter of unknown "x" codes) are literal.
                        s.Append(format[p]);
                    }

                    break;
            }

            if (num is not null)
            {
                state.AppendNumber(s, num);
            }
        }

        return s.ToString();
    }

    /// <summary>The per-call state: the time, calendars computed on demand, and the numeral toggles.</summary>
    private sealed class State(Language lang, CivilTime t)
    {
        private (long Year, int Month, int Day, int DayOfYear)? _iranian;
        private (long Year, int Month, int Day)? _hijri;
        private (long Year, int Month, int Day, int DaysInMonth)? _hebrew;
        private bool _raw;
        private bool _rawToggle;
        private bool _roman;
        private bool _hebrewNumeral;

        private (long Year, int Month, int Day, int DayOfYear) IranianDate => _iranian ??= Calendars.ToIranian(t.Year, t.Month, t.Day);

        private (long Year, int Month, int Day) HijriDate => _hijri ??= Calendars.ToHijri(t.Year, t.Month, t.Day);

        private (long Year, int Month, int Day, int DaysInMonth) HebrewDate => _hebrew ??= Calendars.ToHebrew(t.Year, t.Month, t.Day);

        public bool Apply(string code, StringBuilder s, out string? num)
        {
            num = null;
            switch (code)
            {
                case "xx": s.Append('x'); break;
                case "xn": _raw = true; break;
                case "xN": _rawToggle = !_rawToggle; break;
                case "xr": _roman = true; break;
                case "xh": _hebrewNumeral = true; break;
                case "xg": s.Append(lang.GetMonthNameGenitive(t.Month)); break;
                case "xjx": s.Append(lang.GetCalendarMonthName("hebrew", HebrewDate.Month, genitive: true)); break;
                case "d": num = Two(t.Day); break;
                case "D": s.Append(lang.GetWeekdayAbbreviation(t.DayOfWeek + 1)); break;
                case "j": num = Int(t.Day); break;
                case "xij": num = Int(IranianDate.Day); break;
                case "xmj": num = Int(HijriDate.Day); break;
                case "xjj": num = Int(HebrewDate.Day); break;
                case "l": s.Append(lang.GetWeekdayName(t.DayOfWeek + 1)); break;
                case "F": s.Append(lang.GetMonthName(t.Month)); break;
                case "xiF": s.Append(lang.GetCalendarMonthName("iranian", IranianDate.Month)); break;
                case "xmF": s.Append(lang.GetCalendarMonthName("hijri", HijriDate.Month)); break;
                case "xjF": s.Append(lang.GetCalendarMonthName("hebrew", HebrewDate.Month)); break;
                case "m": num = Two(t.Month); break;
                case "M": s.Append(lang.GetMonthAbbreviation(t.Month)); break;
                case "n": num = Int(t.Month); break;
                case "xin": num = Int(IranianDate.Month); break;
                case "xmn": num = Int(HijriDate.Month); break;
                case "xjn": num = Int(HebrewDate.Month); break;
                case "xjt": num = Int(HebrewDate.DaysInMonth); break;
                case "Y": num = t.Year.ToString("0000", CultureInfo.InvariantCulture); break;
                case "xiY": num = Int(IranianDate.Year); break;
                case "xmY": num = Int(HijriDate.Year); break;
                case "xjY": num = Int(HebrewDate.Year); break;
                case "xkY": num = Calendars.ThaiYear(t.Year, t.Month); break;
                case "xoY": num = Int(t.Year - 1911); break;
                case "xtY": num = Calendars.JapaneseEraYear(t.Year, t.Month, t.Day); break;
                case "y": num = t.Year.ToString("0000", CultureInfo.InvariantCulture)[2..]; break;
                case "xiy": num = Last2(IranianDate.Year); break;
                case "xit": num = Int(Calendars.IranianMonthLength(IranianDate.Month)); break;
                case "xiz": num = Int(IranianDate.DayOfYear); break;
                case "a": s.Append(t.Hour < 12 ? "am" : "pm"); break;
                case "A": s.Append(t.Hour < 12 ? "AM" : "PM"); break;
                case "g": num = Int(t.Hour % 12 == 0 ? 12 : t.Hour % 12); break;
                case "G": num = Int(t.Hour); break;
                case "h": num = Two(t.Hour % 12 == 0 ? 12 : t.Hour % 12); break;
                case "H": num = Two(t.Hour); break;
                case "i": num = Two(t.Minute); break;
                case "s": num = Two(t.Second); break;
                case "c": s.Append(Iso8601(t)); break;
                case "r": s.Append(Rfc2822(t)); break;
                case "e": s.Append(t.ZoneName); break;
                case "O": s.Append(ZoneNames.FormatOffset(TimeSpan.FromSeconds(t.OffsetSeconds), colon: false)); break;
                case "P": s.Append(ZoneNames.FormatOffset(TimeSpan.FromSeconds(t.OffsetSeconds), colon: true)); break;
                case "T": s.Append(t.ZoneAbbreviation); break;
                case "w": num = Int(t.DayOfWeek); break;
                case "N": num = Int(t.DayOfWeek == 0 ? 7 : t.DayOfWeek); break;
                case "z": num = Int(t.DayOfYear); break;
                case "W": num = Two(IsoWeek.Of(t.Year, t.Month, t.Day).Week); break;
                case "o": num = Int(IsoWeek.Of(t.Year, t.Month, t.Day).Year); break;
                case "t": num = Int(t.DaysInMonth); break;
                case "L": num = t.IsLeapYear ? "1" : "0"; break;
                case "U": num = Int(t.UnixSeconds); break;
                case "I": num = t.IsDaylightSaving ? "1" : "0"; break;
                case "Z": num = Int(t.OffsetSeconds); break;
                default: return false;
            }

            return true;
        }

        public void AppendNumber(StringBuilder s, string num)
        {
            if (_rawToggle || _raw)
            {
                s.Append(num);
                _raw = false;
            }
            else if (_roman)
            {
                s.Append(Numerals.Roman(num));
                _roman = false;
            }
            else if (_hebrewNumeral)
            {
                s.Append(Numerals.Hebrew(num));
                _hebrewNumeral = false;
            }
            else if (num.Length > 0 && num.All(c => char.IsAsciiDigit(c) || c == '.'))
            {
                s.Append(lang.FormatNumNoSeparators(num));
            }
            else
            {
                s.Append(num);
            }
        }
    }

    private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Two(int value) => value.ToString("00", CultureInfo.InvariantCulture);

    private static string Last2(long value)
    {
        var text = Int(value);
        return text.Length <= 2 ? text : text[^2..];
    }

    private static string Iso8601(CivilTime t) => string.Create(
        CultureInfo.InvariantCulture,
        $"{t.Year:0000}-{t.Month:00}-{t.Day:00}T{t.Hour:00}:{t.Minute:00}:{t.Second:00}") + ZoneNames.FormatOffset(TimeSpan.FromSeconds(t.OffsetSeconds), colon: true);

    private static string Rfc2822(CivilTime t) => string.Create(
        CultureInfo.InvariantCulture,
        $"{EnglishDays[t.DayOfWeek]}, {t.Day:00} {EnglishMonths[t.Month - 1]} {t.Year:0000} {t.Hour:00}:{t.Minute:00}:{t.Second:00} ") + ZoneNames.FormatOffset(TimeSpan.FromSeconds(t.OffsetSeconds), colon: false);
}
