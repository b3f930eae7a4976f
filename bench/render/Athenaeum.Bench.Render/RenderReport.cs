using System.Globalization;

namespace Athenaeum.Bench.Render;

/// <summary>Collects the passes and prints them: pages/s and MB/s of wikitext, per set; the Lua share; CS1 pages/s.</summary>
internal sealed class RenderReport
{
    private readonly IReadOnlyList<RenderJob> _jobs;
    private readonly int _cores;
    private readonly List<(string Name, int Threads, PageTiming[] Pages, TimeSpan Wall, TimeSpan Cpu)> _passes = [];

    public RenderReport(IReadOnlyList<RenderJob> jobs, int cores)
    {
        _jobs = jobs;
        _cores = cores;
    }

    /// <summary>Gets the pages that failed in the first pass.</summary>
    public int Failures => _passes.Count == 0 ? 0 : _passes[0].Pages.Count(p => p.Problem.Length > 0);

    /// <summary>Gets the load average line of /proc/loadavg (the first three figures), or "?" elsewhere.</summary>
    /// <returns>The load average.</returns>
    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
        catch (UnauthorizedAccessException)
        {
            return "?";
        }
    }

    public void Add(string name, int threads, PageTiming[] pages, TimeSpan wall, TimeSpan cpu) => _passes.Add((name, threads, pages, wall, cpu));

    public void Print(TextWriter output)
    {
        output.WriteLine(FormattableString.Invariant($"{"pass",-10} {"set",-9} {"pages",6} {"wall s",8} {"pages/s",8} {"MB/s",6} {"Lua %",6} {"CS1 pages",9} {"CS1 p/s",8} {"failed",6} {"CPU s",7} {"pages/CPU s",11}"));
        foreach (var (name, threads, pages, wall, cpu) in _passes)
        {
            foreach (var set in new[] { "library", "articles", "all" })
            {
                var subset = pages.Where(p => set == "all" || p.Job.Set == set).ToList();
                if (subset.Count == 0 || (set == "all" && subset.Count == pages.Length && pages.All(p => p.Job.Set == pages[0].Job.Set)))
                {
                    continue;
                }

                // A subset's wall time: its share of the render time, spread over the pass's threads.
                var renderMs = subset.Sum(p => p.Milliseconds);
                var seconds = set == "all" || subset.Count == pages.Length ? wall.TotalSeconds : renderMs / 1000 / threads;
                // CPU time of a subset: the pass's CPU time in proportion to the subset's render time.
                var cpuSeconds = cpu.TotalSeconds * renderMs / Math.Max(1e-9, pages.Sum(p => p.Milliseconds));
                var cs1 = subset.Where(p => p.UsesCs1).ToList();
                var cs1Rate = cs1.Count == 0 ? "-" : (cs1.Count / (cs1.Sum(p => p.Milliseconds) / 1000 / threads)).ToString("F1", CultureInfo.InvariantCulture);
                var lua = name == "lua-timed" ? (100 * subset.Sum(p => p.LuaMilliseconds) / renderMs).ToString("F0", CultureInfo.InvariantCulture) : "-";
                output.WriteLine(FormattableString.Invariant(
                    $"{name,-10} {set,-9} {subset.Count,6} {seconds,8:F2} {subset.Count / seconds,8:F1} {subset.Sum(p => (long)p.Job.Bytes) / 1e6 / seconds,6:F2} {lua,6} {cs1.Count,9} {cs1Rate,8} {subset.Count(p => p.Problem.Length > 0),6} {cpuSeconds,7:F2} {subset.Count / cpuSeconds,11:F1}"));
            }
        }

        output.WriteLine(FormattableString.Invariant($"{_cores} cores; load average {LoadAverage()}"));
    }

    public object ToJson()
    {
        var lua = _passes.FirstOrDefault(p => p.Name == "lua-timed").Pages;
        var first = _passes.Count > 0 ? _passes[0].Pages : [];
        return new
        {
            date = DateTimeOffset.UtcNow.ToString("u", CultureInfo.InvariantCulture),
            cores = _cores,
            load = LoadAverage(),
            passes = _passes.Select(p => new
            {
                name = p.Name,
                threads = p.Threads,
                pages = p.Pages.Length,
                seconds = p.Wall.TotalSeconds,
                cpu_seconds = p.Cpu.TotalSeconds,
                render_seconds = p.Pages.Sum(x => x.Milliseconds) / 1000,
                lua_seconds = p.Pages.Sum(x => x.LuaMilliseconds) / 1000,
                wikitext_bytes = p.Pages.Sum(x => (long)x.Job.Bytes),
                failures = p.Pages.Count(x => x.Problem.Length > 0),
            }),
            pages = first.Select((p, i) => new
            {
                set = p.Job.Set,
                name = p.Job.Name,
                ms = p.Milliseconds,
                lua_ms = lua is null ? 0 : lua[i].LuaMilliseconds,
                lua_pass_ms = lua is null ? 0 : lua[i].Milliseconds,
                bytes = p.Job.Bytes,
                html_bytes = p.HtmlBytes,
                cs1 = p.UsesCs1,
                problem = p.Problem,
            }),
            jobs = _jobs.Count,
        };
    }
}
