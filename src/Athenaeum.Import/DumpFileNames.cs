using System.Globalization;
using System.Text.RegularExpressions;

namespace Athenaeum.Import;

/// <summary>Reads what Wikimedia's dump file names say: <c>fatwiki-20240920-pages-articles-multistream.xml.bz2</c>.</summary>
public static partial class DumpFileNames
{
    /// <summary>Gets the dump date in a Wikimedia dump file name.</summary>
    /// <param name="fileName">The file name (a path is accepted).</param>
    /// <returns>The date, or <see langword="null"/> when the name holds none.</returns>
    public static DateOnly? GetDumpDate(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var match = DatePattern().Match(Path.GetFileName(fileName));
        return match.Success && DateOnly.TryParseExact(match.Groups[1].Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    // "<dbname>-<yyyymmdd>-…": the date follows the wiki's database name.
    [GeneratedRegex(@"^[a-z0-9_]+-((?:19|20)\d{6})(?:-|\.|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DatePattern();
}
