using System.Globalization;
using System.Text.Json;
using Athenaeum.Bench.Render;
using Athenaeum.Import;
using Athenaeum.Scribunto;
using Athenaeum.Storage.Sqlite;
using Athenaeum.Web.Rendering;
using Athenaeum.Wikitext;

BenchArguments arguments;
try
{
    arguments = BenchArguments.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine("benchrender: " + ex.Message);
    Console.Error.WriteLine(BenchArguments.Usage);
    return 2;
}

if (!File.Exists(arguments.Library))
{
    Console.Error.WriteLine($"benchrender: --library {arguments.Library}: no such file (import a dump first)");
    return 2;
}

using var provider = SqliteLibraryProvider.Open(arguments.Library, new SqliteLibraryOptions { ReadOnly = true });
var librarySite = provider.Site.GetSite();
if (librarySite is null)
{
    Console.Error.WriteLine($"benchrender: {arguments.Library}: the library is empty");
    return 2;
}

var site = SiteConfigurationFactory.Create(librarySite);
HashSet<string>? only = arguments.Titles is null
    ? null
    : [.. File.ReadLines(arguments.Titles).Where(l => l.Length > 0).Select(l => l.Replace('_', ' '))];
var jobs = JobLoader.FromLibrary(provider.Pages, site, only);
if (arguments.Articles is not null)
{
    jobs.AddRange(JobLoader.FromDirectory(arguments.Articles, site));
}

if (arguments.Out is not null)
{
    Directory.CreateDirectory(arguments.Out);
}

var pass = new RenderPass(provider.Pages, site);
var report = new RenderReport(jobs, Environment.ProcessorCount);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{jobs.Count} pages, {jobs.Sum(j => (long)j.Bytes) / 1e6:F1} MB of wikitext; load average {RenderReport.LoadAverage()}"));
using var sampler = Environment.GetEnvironmentVariable("BENCHRENDER_ALLOC") is null ? null : new AllocationSampler();
var first = true;
var gcLines = new List<string>();
foreach (var threads in arguments.Threads)
{
    var gc = GcCounts.Take();
    var (pages, wall, cpu) = pass.Run(WikitextPipelineFactory.Create(), jobs, threads, first ? arguments.Out : null);
    report.Add($"{threads}-thread", threads, pages, wall, cpu);
    gcLines.Add($"{threads}-thread: " + GcCounts.Take().Since(gc));
    first = false;
}

if (arguments.LuaPass)
{
    // Same composition as WikitextPipelineFactory.Create(), with {{#invoke:}} timed.
    var timed = new WikitextPipelineBuilder().UseMediaWikiDefaults().UseScribunto().Use(new LuaTimer()).Build();
    var (pages, wall, cpu) = pass.Run(timed, jobs, 1, null);
    report.Add("lua-timed", 1, pages, wall, cpu);
}

report.Print(Console.Out);
sampler?.Print(Console.Out, 25);
foreach (var line in gcLines)
{
    Console.WriteLine("managed GC, " + line);
}

if (arguments.Json is not null)
{
    await using var stream = File.Create(arguments.Json);
    await JsonSerializer.SerializeAsync(stream, report.ToJson(), new JsonSerializerOptions { WriteIndented = true });
}

return 0;
