using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Extensions.CoreTags;
using Athenaeum.Wikitext.Parsing;
using Athenaeum.Wikitext.Parsing.Preprocessor;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Wikitext.Tests.Helpers;

/// <summary>Runs the preprocessor on a page with templates from memory, the core tags and a few test functions.</summary>
internal sealed class ExpansionHarness
{
    public ExpansionHarness(IEnumerable<KeyValuePair<string, string>>? pages = null, ParserOptions? options = null, string title = "Test page", Action<WikitextPipelineBuilder>? configure = null)
    {
        Site = SiteConfiguration.CreateDefault();
        Pages = new InMemoryPageSource(Site, pages);
        var builder = new WikitextPipelineBuilder().UseCoreTags();
        builder.ParserFunctions.Add(new TestFunctions.If());
        builder.ParserFunctions.Add(new TestFunctions.Lc());
        builder.ParserFunctions.Add(new TestFunctions.Html());
        builder.ParserFunctions.Add(new TestFunctions.Reparse());
        builder.ParserFunctions.Add(new TestFunctions.Expensive());
        builder.Variables.Add(new TestFunctions.PageNameVariable());
        configure?.Invoke(builder);
        Pipeline = builder.Build();
        var parsedTitle = new Athenaeum.Wikitext.Titles.TitleParser(Site).Parse(title) ?? throw new ArgumentException("bad title", nameof(title));
        Context = new ParserContext(parsedTitle, Site, Pages) { Options = options ?? new ParserOptions() };
    }

    public SiteConfiguration Site { get; }

    public InMemoryPageSource Pages { get; }

    public WikitextPipeline Pipeline { get; }

    public ParserContext Context { get; }

    public ParseSession? LastSession { get; private set; }

    /// <summary>Expands a page and unstrips every marker (heading markers vanish, nowiki and tag output come back).</summary>
    public string Expand(string wikitext) => Unstrip(ExpandRaw(wikitext));

    /// <summary>Expands a page and keeps the strip markers.</summary>
    public string ExpandRaw(string wikitext)
    {
        LastSession = new ParseSession(Pipeline, Context);
        var result = WikitextPreprocessor.Expand(wikitext, LastSession);
        LastSession.CompleteLimitReport();
        return result;
    }

    public string Unstrip(string text) => LastSession!.StripState.UnstripBoth(text);

    public ParserOutput Output => LastSession!.Output;

    public ExpansionStatistics Statistics => LastSession!.Statistics;
}
