using Athenaeum.Wikitext.Extensions.CoreFunctions;
using Athenaeum.Wikitext.Extensions.ParserFunctions;
using Athenaeum.Wikitext.Parsing;
using Athenaeum.Wikitext.Parsing.Preprocessor;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Wikitext.Tests.TestSupport;

/// <summary>
/// Expands wikitext through the real preprocessor with the parser functions of this branch, for
/// tests that compare the expanded wikitext (what MediaWiki's preprocessor returns before the
/// internal parse).
/// </summary>
internal sealed class ExpansionHarness
{
    public static readonly DateTimeOffset DefaultNow = new(2024, 9, 20, 12, 34, 56, TimeSpan.Zero);

    private readonly WikitextPipeline _pipeline;

    public ExpansionHarness(SiteConfiguration? site = null, ParserFunctionsOptions? options = null, CoreParserFunctionsOptions? coreOptions = null)
    {
        Site = site ?? SiteConfiguration.CreateDefault();
        _pipeline = new WikitextPipelineBuilder()
            .UseCoreParserFunctions(coreOptions)
            .UseParserFunctions(options ?? new ParserFunctionsOptions { EnableStringFunctions = true })
            .Build();
        Titles = new Athenaeum.Wikitext.Titles.TitleParser(Site);
    }

    public SiteConfiguration Site { get; }

    public Athenaeum.Wikitext.Titles.TitleParser Titles { get; }

    public MemoryPageSource Pages { get; } = new();

    public DateTimeOffset Now { get; set; } = DefaultNow;

    public string PageTitle { get; set; } = "Test page";

    public ParserOutput LastOutput { get; private set; } = new();

    public ParserContext CreateContext(Func<ParserContext, ParserContext>? configure = null)
    {
        var context = new ParserContext(Titles.Parse(PageTitle) ?? throw new InvalidOperationException("Bad test title"), Site, Pages)
        {
            Clock = new FixedClock(Now),
        };
        return configure is null ? context : configure(context);
    }

    public string Expand(string wikitext, Func<ParserContext, ParserContext>? configure = null)
    {
        using var session = new ParseSession(_pipeline, CreateContext(configure));
        var result = WikitextPreprocessor.Expand(wikitext, session);
        LastOutput = session.Output;
        return result;
    }

    public void AddPage(string title, string text) => Pages.Add(Titles.Parse(title) ?? throw new ArgumentException("Bad title " + title, nameof(title)), text);
}
