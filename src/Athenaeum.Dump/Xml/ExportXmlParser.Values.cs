using System.Globalization;

namespace Athenaeum.Dump.Xml;

/// <summary>Numbers, timestamps and shared strings.</summary>
internal sealed partial class ExportXmlParser
{
    private long ReadInteger(string what)
    {
        var text = _reader.ReadElementContentAsString();
        return ReadOptionalInteger(text, "<" + what + ">")
            ?? throw Bad($"<{what}> is empty");
    }

    private long? ReadOptionalInteger(string? text, string what)
    {
        if (text is null)
        {
            return null;
        }

        if (!long.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var value))
        {
            throw Bad($"{what} is not an integer: \"{Shorten(text)}\"");
        }

        return value;
    }

    private DateTimeOffset ReadTimestamp()
    {
        var text = _reader.ReadElementContentAsString().Trim();

        // MediaWiki writes ISO 8601 in UTC, always as yyyy-MM-ddTHH:mm:ssZ; parse that shape without the general parser.
        if (text.Length == 20 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' && text[16] == ':' && text[19] == 'Z'
            && TryDigits(text, 0, 4, out var year) && TryDigits(text, 5, 2, out var month) && TryDigits(text, 8, 2, out var day)
            && TryDigits(text, 11, 2, out var hour) && TryDigits(text, 14, 2, out var minute) && TryDigits(text, 17, 2, out var second)
            && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(Math.Max(1, year), month) && hour < 24 && minute < 60 && second < 60 && year >= 1)
        {
            return new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return parsed;
        }

        throw Bad($"<timestamp> is not a date: \"{Shorten(text)}\"");
    }

    private static bool TryDigits(string text, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    /// <summary>Returns one shared instance for the model and format names every revision repeats.</summary>
    private static string Common(string value) => value switch
    {
        "wikitext" => "wikitext",
        "text/x-wiki" => "text/x-wiki",
        "Scribunto" => "Scribunto",
        "text/plain" => "text/plain",
        "css" => "css",
        "text/css" => "text/css",
        "javascript" => "javascript",
        "text/javascript" => "text/javascript",
        "json" => "json",
        "application/json" => "application/json",
        "sanitized-css" => "sanitized-css",
        _ => value,
    };

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
