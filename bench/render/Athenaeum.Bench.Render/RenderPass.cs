using System.Diagnostics;
using System.Text;
using Athenaeum.Storage;
using Athenaeum.Wikitext;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Bench.Render;

/// <summary>Renders a list of pages on a number of threads with a fresh pipeline and page source, and times each page.</summary>
internal sealed class RenderPass
{
    private readonly IPageStore _pages;
    private readonly SiteConfiguration _site;

    public RenderPass(IPageStore pages, SiteConfiguration site)
    {
        _pages = pages;
        _site = site;
    }

    /// <summary>Renders every job; writes each page's HTML to outDir when given.</summary>
    /// <param name="pipeline">The pipeline (fresh for the pass, so no Lua state or cache is warm).</param>
    /// <param name="jobs">The pages.</param>
    /// <param name="threads">Worker threads.</param>
    /// <param name="outDir">Where to write NAME.html, or null.</param>
    /// <returns>The per-page timings (in job order), the wall time and the process CPU time of the pass.</returns>
    public (PageTiming[] Pages, TimeSpan Wall, TimeSpan Cpu) Run(WikitextPipeline pipeline, IReadOnlyList<RenderJob> jobs, int threads, string? outDir)
    {
        var source = new LibraryPageSource(_pages, _site);
        var results = new PageTiming[jobs.Count];
        var next = -1;
        var cpu = Environment.CpuUsage.TotalTime;
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < jobs.Count)
            {
                results[i] = RenderOne(pipeline, source, jobs[i], outDir);
            }
        }, 16 * 1024 * 1024)).ToList();
        workers.ForEach(t => t.Start());
        workers.ForEach(t => t.Join());
        return (results, Stopwatch.GetElapsedTime(started), Environment.CpuUsage.TotalTime - cpu);
    }

    private PageTiming RenderOne(WikitextPipeline pipeline, LibraryPageSource source, RenderJob job, string? outDir)
    {
        var context = new ParserContext(job.Title, _site, source)
        {
            Options = new ParserOptions(),
            PageId = job.PageId,
            RevisionId = job.RevisionId,
        };
        LuaTimer.TakeElapsed();
        var started = Stopwatch.GetTimestamp();
        string html;
        var cs1 = false;
        var problem = string.Empty;
        try
        {
            var output = pipeline.Render(job.Text, context);
            html = output.Html;
            cs1 = output.Templates.Any(t => t.Namespace == 828 && t.Text.StartsWith("Citation/CS1", StringComparison.Ordinal));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            html = string.Empty;
            problem = "error: " + ex.GetType().Name + ": " + ex.Message.ReplaceLineEndings(" ").Replace('\t', ' ');
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var lua = LuaTimer.TakeElapsed();
        if (outDir is not null)
        {
            var path = Path.Combine(outDir, job.Name + (problem.Length == 0 ? ".html" : ".err"));
            File.WriteAllText(path, problem.Length == 0 ? html : problem + "\n", Encoding.UTF8);
        }

        return new PageTiming(job, elapsed.TotalMilliseconds, lua.TotalMilliseconds, Encoding.UTF8.GetByteCount(html), cs1, problem);
    }
}
