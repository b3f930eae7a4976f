using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Athenaeum.Storage.Sqlite;

/// <summary>Conversions between the library's values and their portable column forms (ISO-8601 UTC text for times).</summary>
internal static class SqliteValues
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";
    private const string DateFormat = "yyyy-MM-dd";

    public static string FormatTime(DateTimeOffset time)
        => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string text)
        => DateTimeOffset.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static object FormatDate(DateOnly? date)
        => date is { } d ? d.ToString(DateFormat, CultureInfo.InvariantCulture) : DBNull.Value;

    public static DateOnly? ParseDate(SqliteDataReader reader, int ordinal)
        => reader.IsDBNull(ordinal) ? null : DateOnly.ParseExact(reader.GetString(ordinal), DateFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset? GetTimeOrNull(SqliteDataReader reader, int ordinal)
        => reader.IsDBNull(ordinal) ? null : ParseTime(reader.GetString(ordinal));

    public static string? GetStringOrNull(SqliteDataReader reader, int ordinal)
        => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static object OrNull(string? value) => value is null ? DBNull.Value : value;

    public static object OrNull(DateTimeOffset? value) => value is { } v ? FormatTime(v) : DBNull.Value;

    /// <summary>Sets the positional parameters $p0 … of a prepared command.</summary>
    public static void Bind(SqliteCommand command, params ReadOnlySpan<object?> values)
    {
        var parameters = command.Parameters;
        for (var i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
