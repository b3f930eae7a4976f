using System.Globalization;

namespace Athenaeum.Bench.SearchQuality;

/// <summary>Sums the comparison of each query's top 10 with the exact one.</summary>
internal sealed class QualityReport
{
    private readonly List<(string Query, bool UpTo10k, double Overlap, bool SameFirst, bool FirstInTop, TimeSpan Approximate, TimeSpan Exact)> _rows = [];

    public void Add(string query, bool upTo10k, List<long> approximate, List<long> exact, TimeSpan approximateTime, TimeSpan exactTime)
    {
        var overlap = exact.Count == 0 ? 1.0 : (double)approximate.Intersect(exact).Count() / exact.Count;
        var sameFirst = approximate.Count > 0 && exact.Count > 0 && approximate[0] == exact[0];
        var firstInTop = exact.Count > 0 && approximate.Contains(exact[0]);
        _rows.Add((query, upTo10k, overlap, sameFirst, firstInTop, approximateTime, exactTime));
    }

    public void Print(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        foreach (var group in new[] { ("all", _rows), ("one word", _rows.Where(r => !r.Query.Contains(' ', StringComparison.Ordinal)).ToList()), ("two words", _rows.Where(r => r.Query.Contains(' ', StringComparison.Ordinal)).ToList()),
            ("<=10,000", _rows.Where(r => r.UpTo10k).ToList()), (">10,000", _rows.Where(r => !r.UpTo10k).ToList()) })
        {
            var rows = group.Item2;
            if (rows.Count == 0)
            {
                continue;
            }

            output.WriteLine(string.Create(c, $"{group.Item1,-9} n={rows.Count,3}  overlap@10 {rows.Average(r => r.Overlap):P1}  same first result {rows.Count(r => r.SameFirst) * 100.0 / rows.Count:F1} %  exact first in our top 10 {rows.Count(r => r.FirstInTop) * 100.0 / rows.Count:F1} %  "
                + $"ms/query ours {rows.Average(r => r.Approximate.TotalMilliseconds):F2} (median {Median(rows.Select(r => r.Approximate.TotalMilliseconds)):F2})  exact {rows.Average(r => r.Exact.TotalMilliseconds):F2} (median {Median(rows.Select(r => r.Exact.TotalMilliseconds)):F2})"));
        }

        var worst = _rows.OrderBy(r => r.Overlap).Take(5).Select(r => string.Create(c, $"{r.Query} ({r.Overlap:P0})"));
        output.WriteLine("lowest overlap: " + string.Join(", ", worst));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
