using Microsoft.Data.Sqlite;

namespace Athenaeum.Bench.SearchQuality;

/// <summary>
/// Picks frequent-word queries deterministically: the words (four letters or more) of every 20th article
/// title in library order that match more than 1,000 articles, three quarters of them alone and the rest as
/// pairs of such words next to each other in one title that together still match more than 1,000.
/// </summary>
internal static class QuerySampler
{
    private const int Frequent = 1_000;

    public static List<string> Sample(SqliteConnection connection, int count)
    {
        var singles = new List<string>();
        var pairs = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var matches = new Dictionary<string, long>(StringComparer.Ordinal);
        using var titles = connection.CreateCommand();
        titles.CommandText = "SELECT title FROM search_page WHERE namespace = 0 AND redirect_title IS NULL AND page_id % 20 = 0 ORDER BY page_id";
        using var reader = titles.ExecuteReader();
        var singleCount = count * 3 / 4;
        while (reader.Read() && (singles.Count < singleCount || pairs.Count < count - singleCount))
        {
            var words = Words(reader.GetString(0));
            var frequent = words.Where(w => Count(connection, matches, w) > Frequent).ToList();
            foreach (var word in frequent)
            {
                if (singles.Count < singleCount && seen.Add(word))
                {
                    singles.Add(word);
                }
            }

            for (var i = 0; i + 1 < frequent.Count && pairs.Count < count - singleCount; i++)
            {
                var pair = frequent[i] + " " + frequent[i + 1];
                if (seen.Add(pair) && Count(connection, matches, pair) > Frequent)
                {
                    pairs.Add(pair);
                }
            }
        }

        return [.. singles, .. pairs];
    }

    private static List<string> Words(string title)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= title.Length; i++)
        {
            var letter = i < title.Length && char.IsAsciiLetter(title[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (i - start >= 4)
                {
                    words.Add(title[start..i].ToLowerInvariant());
                }

                start = -1;
            }
        }

        return words.Distinct(StringComparer.Ordinal).ToList();
    }

    private static long Count(SqliteConnection connection, Dictionary<string, long> matches, string query)
    {
        if (!matches.TryGetValue(query, out var count))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH $q LIMIT $n)";
            command.Parameters.AddWithValue("$q", string.Join(' ', query.Split(' ').Select(w => "\"" + w + "\"")));
            command.Parameters.AddWithValue("$n", Frequent + 1);
            count = (long)command.ExecuteScalar()!;
            matches[query] = count;
        }

        return count;
    }
}
