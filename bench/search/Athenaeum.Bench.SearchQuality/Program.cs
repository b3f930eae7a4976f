using System.Diagnostics;
using System.Globalization;
using Athenaeum.Bench.SearchQuality;
using Athenaeum.Storage.Sqlite;
using Microsoft.Data.Sqlite;

// Compares the site's ranking of frequent-word queries (more than 1,000 matches) with exact BM25.
if (args is not ["--library", var path, ..] || !File.Exists(path))
{
    Console.Error.WriteLine("usage: benchsearchquality --library LIBRARY.db [--queries N]  (the library is opened read-only)");
    return 2;
}

var wanted = 200;
if (args is [_, _, "--queries", var n] && (!int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out wanted) || wanted < 1))
{
    Console.Error.WriteLine($"benchsearchquality: --queries takes a positive whole number, not '{n}'");
    return 2;
}

using var provider = SqliteLibraryProvider.Open(path, new SqliteLibraryOptions { ReadOnly = true });
using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
connection.Open();

var queries = QuerySampler.Sample(connection, wanted);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{queries.Count} queries ({queries.Count(q => !q.Contains(' ', StringComparison.Ordinal))} one word), each matching more than 1,000 articles"));

var report = new QualityReport();
foreach (var query in queries)
{
    var expression = string.Join(' ', query.Split(' ').Select(w => "\"" + w + "\""));
    var clock = Stopwatch.StartNew();
    var result = provider.Search.Search(expression, 0, 10);
    var approximate = result.Hits.Select(h => h.PageId).ToList();
    var approximateTime = clock.Elapsed;
    clock.Restart();
    var exact = ExactRanking.Top(connection, expression, 10);
    if (Environment.GetEnvironmentVariable("SEARCH_QUALITY_SHOW") is { } show && show.Split(',').Contains(query))
    {
        var titles = provider.Search.GetTitles([.. approximate, .. exact]);
        Console.WriteLine(query + "\n  ours:  " + string.Join(" | ", approximate.Take(5).Select(i => titles[i].Title)) + "\n  exact: " + string.Join(" | ", exact.Take(5).Select(i => titles[i].Title)));
    }

    report.Add(query, result.IsTotalExact, approximate, exact, approximateTime, clock.Elapsed);
}

report.Print(Console.Out);

// What each full-ranking limit would give: exact BM25 up to the limit, the two tiers beyond it.
Console.WriteLine("full ranking up to N matches, two tiers beyond (simulated):");
var outcomes = queries.Select(query =>
{
    var expression = string.Join(' ', query.Split(' ').Select(w => "\"" + w + "\""));
    var clock = Stopwatch.StartNew();
    var exact = ExactRanking.Top(connection, expression, 10);
    var exactMs = clock.Elapsed.TotalMilliseconds;
    clock.Restart();
    var bounded = BoundedRanking.Top(connection, expression, 10);
    var boundedMs = clock.Elapsed.TotalMilliseconds;
    return (Count: BoundedRanking.Count(connection, expression, 10_000), Overlap: (double)bounded.Intersect(exact).Count() / Math.Max(1, exact.Count),
        SameFirst: bounded.FirstOrDefault() == exact.FirstOrDefault(), ExactMs: exactMs, BoundedMs: boundedMs);
}).ToList();
foreach (var limit in new[] { 1_000, 2_000, 3_000, 5_000, 10_000 })
{
    var overlap = outcomes.Average(o => o.Count <= limit ? 1.0 : o.Overlap);
    var same = outcomes.Count(o => o.Count <= limit || o.SameFirst) * 100.0 / outcomes.Count;
    var cost = outcomes.Select(o => o.Count <= limit ? o.ExactMs : o.BoundedMs).Order().ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  N={limit,6}: overlap@10 {overlap:P1}, same first result {same:F1} %, queries ranked in full {outcomes.Count(o => o.Count <= limit)}, "
        + $"ranking ms/query mean {cost.Average():F2} p90 {cost[cost.Count * 9 / 10]:F2} max {cost[^1]:F2}"));
}
return 0;
