using Athenaeum.Wikitext;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Scribunto.Tests.Support;

/// <summary>
/// Runs Lua through the real #invoke parser function and the real sandbox, with an in-memory wiki
/// and a test frame: what a unit test needs until the preprocessor runs whole pages.
/// </summary>
internal sealed class LuaRunner : IDisposable
{
    private readonly ScribuntoExtension _extension;
    private int _moduleCount;

    public LuaRunner(ParserOptions? options = null, ScribuntoOptions? scribunto = null, SiteConfiguration? site = null)
    {
        Site = site ?? SiteConfiguration.CreateDefault();
        Titles = new TitleParser(Site);
        Options = options ?? new ParserOptions();
        _extension = new ScribuntoExtension(scribunto);
        var builder = new WikitextPipelineBuilder().UseMediaWikiDefaults();
        builder.Use(_extension);
        Pipeline = builder.Build();
    }

    public SiteConfiguration Site { get; }

    public TitleParser Titles { get; }

    public ParserOptions Options { get; }

    public MemoryPageSource Pages { get; } = new();

    public WikitextPipeline Pipeline { get; }

    public ScribuntoExtension Extension => _extension;

    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public PageTitle Title(string text, int ns = 0) => Titles.Parse(text, ns) ?? throw new ArgumentException("bad title " + text);

    public void AddModule(string name, string source) => Pages.Add(Title("Module:" + name), source, "Scribunto");

    public TestHost NewPage(string title = "Test page", IReadOnlyList<KeyValuePair<string, string>>? templateArgs = null, string templateTitle = "Template:Test")
    {
        var pageTitle = Title(title);
        var context = new ParserContext(pageTitle, Site, Pages) { Options = Options, Clock = Clock };
        IExpansionFrame frame = new TestFrame(pageTitle);
        if (templateArgs is not null)
        {
            frame = new TestFrame(Title(templateTitle), frame, templateArgs);
        }

        return new TestHost(context, Pipeline, frame);
    }

    public string Invoke(TestHost host, string module, string function, params string[] args)
    {
        Pipeline.TryGetParserFunction("#invoke", out var invoke);
        var list = new List<ParserFunctionArgument> { new StringArgument(module, false), new StringArgument(function) };
        list.AddRange(args.Select(a => new StringArgument(a)));
        return invoke.Invoke(host, list).Text;
    }

    /// <summary>Runs a function body as a module function (frame is its argument) on a new page.</summary>
    public string Run(string body, params string[] args)
    {
        var name = "Test" + Interlocked.Increment(ref _moduleCount);
        AddModule(name, "local p = {}\nfunction p.run(frame)\n" + body + "\nend\nreturn p\n");
        using var host = NewPage();
        return Invoke(host, name, "run", args);
    }

    /// <summary>Evaluates Lua expressions and returns them joined by "|" (tostring of each).</summary>
    public string Eval(string expressions)
        => Run("local function pack(...) return { n = select('#', ...), ... } end\nlocal r = pack(" + expressions + ")\nlocal out = {}\nfor i = 1, r.n do out[i] = tostring(r[i]) end\nreturn table.concat(out, '|')");

    public void Dispose() => _extension.Dispose();
}
