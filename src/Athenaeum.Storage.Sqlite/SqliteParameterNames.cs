using System.Globalization;

namespace Athenaeum.Storage.Sqlite;

/// <summary>The positional parameter names $p0 … $p15 used by the stores' SQL.</summary>
internal static class SqliteParameterNames
{
    public static readonly string[] Positional = [.. Enumerable.Range(0, 16).Select(i => "$p" + i.ToString(CultureInfo.InvariantCulture))];
}
