using System.Text.Json;

namespace Athenaeum.Wikitext.Tests.TestSupport;

/// <summary>
/// Reads tab-separated expectation files generated from the real MediaWiki 1.39 (see the .php
/// generator beside each file): the first column is the kind of case, string fields are JSON.
/// </summary>
internal static class OracleCases
{
    public static IEnumerable<string[]> Read(string relativePath, string kind)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", relativePath);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields[0] == kind)
            {
                yield return fields;
            }
        }
    }

    public static string Json(string field) => JsonSerializer.Deserialize<string>(field) ?? string.Empty;
}
