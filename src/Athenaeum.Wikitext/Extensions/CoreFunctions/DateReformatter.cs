using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Globalization;

namespace Athenaeum.Wikitext.Extensions.CoreFunctions;

/// <summary>
/// <c>{{#formatdate:}}</c>: recognizes a whole date in one of MediaWiki's forms (day month year,
/// month day year, ISO …) written with the language's month names and rewrites it in the
/// preferred form inside <c>&lt;span class="mw-formatted-date"&gt;</c> (MediaWiki's DateFormatter).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class DateReformatter
{
    private enum Form
    {
        None = 0,
        Mdy = 1,
        Dmy = 2,
        Ymd = 3,
        Iso = 4,
        Ydm = 5,
        Dm = 6,
        Md = 7,
    }

    /// <summary>Reformats a date for the reader's preference ("default" for readers) or the one given.</summary>
    /// <param name="lang">The language of month names.</param>
    /// <param name="date">The date text.</param>
    /// <param name="defaultPreference">The preference to use instead of "default" ("dmy", "mdy", "ymd", "ISO 8601").</param>
    /// <returns>The text, with the date rewritten when it matched.</returns>
    public static string Reformat(Language lang, string date, string defaultPreference)
    {
        var preference = defaultPreference.Length > 0 ? defaultPreference : "default";
        var userForm = preference switch
        {
            "dmy" => Form.Dmy,
            "mdy" => Form.Mdy,
            "ymd" => Form.Ymd,
            "ISO 8601" => Form.Iso,
            _ => Form.None,
        };
        var (regexes, monthNumbers) = Patterns.GetOrAdd(lang.Code, _ => BuildPatterns(lang));
        for (var source = Form.Mdy; source <= Form.Md; source++)
        {
            var target = Target(userForm, source);
            date = regexes[source].Replace(date, m => Rewrite(m, target, lang, monthNumbers));
        }

        return date;
    }

    // The date patterns of a language, built from its month names once.
    private static (Dictionary<Form, Regex> Regexes, Dictionary<string, int> MonthNumbers) BuildPatterns(Language lang)
    {
        var months = new StringBuilder();
        var monthNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 1; i <= 12; i++)
        {
            foreach (var name in new[] { lang.GetMonthName(i), lang.GetMonthAbbreviation(i) })
            {
                months.Append(months.Length > 0 ? "|" : string.Empty).Append(Regex.Escape(name));
                monthNumbers.TryAdd(lang.Lc(name), i);
            }
        }

        var dm = "(?<day>[0-9]{1,2})[ _](?<monthName>" + months + ")";
        var md = "(?<monthName>" + months + ")[ _](?<day>[0-9]{1,2})";
        const string Y = "(?<year>[0-9]{1,4}([ _]BC|))";
        var patterns = new Dictionary<Form, string>
        {
            [Form.Dmy] = "^" + dm + "(?: *, *| +)" + Y + "$",
            [Form.Ydm] = "^" + Y + "(?: *, *| +)" + dm + "$",
            [Form.Mdy] = "^" + md + "(?: *, *| +)" + Y + "$",
            [Form.Ymd] = "^" + Y + "(?: *, *| +)" + md + "$",
            [Form.Dm] = "^" + dm + "$",
            [Form.Md] = "^" + md + "$",
            [Form.Iso] = "^(?<isoYear>-?[0-9]{4})-(?<isoMonth>[0-9]{2})-(?<isoDay>[0-9]{2})$",
        };
        var regexes = patterns.ToDictionary(p => p.Key, p => new Regex(p.Value, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
        return (regexes, monthNumbers);
    }

    private static readonly ConcurrentDictionary<string, (Dictionary<Form, Regex> Regexes, Dictionary<string, int> MonthNumbers)> Patterns = new(StringComparer.Ordinal);

    private static Form Target(Form user, Form source)
    {
        // DateFormatter::RULES: DM and MD keep their form by default; mdy turns DM into MD and dmy the reverse.
        if (user == Form.Mdy && source == Form.Dm)
        {
            return Form.Md;
        }

        if (user == Form.Dmy && source == Form.Md)
        {
            return Form.Dm;
        }

        if (user == Form.None && source == Form.Iso)
        {
            return Form.Iso;
        }

        if (source is Form.Md or Form.Dm)
        {
            return source;
        }

        return user != Form.None ? user : source;
    }

    private static string Rewrite(Match m, Form target, Language lang, Dictionary<string, int> monthNumbers)
    {
        var year = m.Groups["year"].Success ? m.Groups["year"].Value : null;
        var isoYear = m.Groups["isoYear"].Success ? m.Groups["isoYear"].Value : null;
        if (isoYear is null && year is not null)
        {
            isoYear = year.EndsWith("BC", StringComparison.Ordinal)
                ? "-" + (int.Parse(year[..^3], CultureInfo.InvariantCulture) - 1).ToString("0000", CultureInfo.InvariantCulture)
                : int.Parse(year, CultureInfo.InvariantCulture).ToString("0000", CultureInfo.InvariantCulture);
        }

        if (year is null && isoYear is not null)
        {
            year = isoYear.StartsWith('-')
                ? (int.Parse(isoYear[1..], CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture) + " BC"
                : int.Parse(isoYear, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        }

        string isoMonth;
        if (m.Groups["isoMonth"].Success)
        {
            isoMonth = m.Groups["isoMonth"].Value;
        }
        else if (monthNumbers.TryGetValue(lang.Lc(m.Groups["monthName"].Value), out var month))
        {
            isoMonth = month.ToString("00", CultureInfo.InvariantCulture);
        }
        else
        {
            return m.Value;
        }

        var isoDay = m.Groups["isoDay"].Success ? m.Groups["isoDay"].Value : int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture).ToString("00", CultureInfo.InvariantCulture);
        var format = target switch
        {
            Form.Dmy => "j F Y",
            Form.Ydm => "Y, j F",
            Form.Mdy => "F j, Y",
            Form.Ymd => "Y F j",
            Form.Dm => "j F",
            Form.Md => "F j",
            _ => "y-m-d",
        };
        var text = new StringBuilder();
        foreach (var c in format)
        {
            switch (c)
            {
                case 'd':
                    text.Append(isoDay);
                    break;
                case 'm':
                    text.Append(isoMonth);
                    break;
                case 'y':
                    text.Append(isoYear);
                    break;
                case 'j':
                    text.Append(m.Groups["day"].Success ? m.Groups["day"].Value : int.Parse(isoDay, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                    break;
                case 'F':
                    var monthNumber = int.Parse(isoMonth, CultureInfo.InvariantCulture);
                    if (monthNumber is < 1 or > 12)
                    {
                        return m.Value;
                    }

                    text.Append(lang.GetMonthName(monthNumber));
                    break;
                case 'Y':
                    text.Append(year);
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        var isoDate = (isoYear is null ? string.Empty : isoYear + "-") + isoMonth + "-" + isoDay;
        return "<span class=\"mw-formatted-date\" title=\"" + isoDate + "\">" + text + "</span>";
    }
}
