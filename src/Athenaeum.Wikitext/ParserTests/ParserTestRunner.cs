using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.ParserTests;

/// <summary>
/// Runs MediaWiki parser-test files against the engine, as MediaWiki's own runner
/// (tests/parser/ParserTestRunner.php) does for the PHP parser: each case is rendered as a page of the
/// test wiki (<see cref="ParserTestEnvironment"/>) with its options, and the HTML, stripped of trailing
/// whitespace and of the <c>mw-parser-output</c> wrapper unless <c>wrap</c> is set, is compared with the
/// expectation. Cases that are not PHP-parser HTML tests (Parsoid-only, disabled, pre-save transform,
/// message and comment modes …) and files whose required hooks the pipeline lacks are skipped.
/// </summary>
/// <remarks>Thread-safe: each call renders independently.</remarks>
public sealed partial class ParserTestRunner
{
    // Modes that do not render a page (ParserTestRunner::runTest); the engine has none of them.
    private static readonly string[] SkippedModes = ["pst", "msg", "section", "replace", "comment", "preload", "showflags", "showindicators", "styletag"];

    private readonly WikitextPipeline _pipeline;

    /// <summary>Initializes a new instance of the <see cref="ParserTestRunner"/> class.</summary>
    /// <param name="pipeline">
    /// The pipeline under test; when <see langword="null"/>, MediaWiki's defaults plus the test hooks of
    /// MediaWiki's runner (<see cref="ParserTestHooksExtension"/>).
    /// </param>
    public ParserTestRunner(WikitextPipeline? pipeline = null)
    {
        _pipeline = pipeline ?? new WikitextPipelineBuilder().UseMediaWikiDefaults().Use(new ParserTestHooksExtension()).Build();
    }

    /// <summary>Reads and runs every case of a parser-test file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The results, one per case, in file order.</returns>
    /// <exception cref="FormatException">The file is not in the parser-test format.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public ParserTestFileResult RunFile(string path) => Run(ParserTestReader.ReadFile(path));

    /// <summary>Runs every case of a parsed file.</summary>
    /// <param name="file">The file.</param>
    /// <returns>The results, one per case, in file order.</returns>
    public ParserTestFileResult Run(ParserTestFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var results = new List<ParserTestResult>(file.Cases.Count);
        foreach (var testCase in file.Cases)
        {
            results.Add(RunCase(file, testCase));
        }

        return new ParserTestFileResult(file.FileName, results);
    }

    /// <summary>Runs one case of a file (the file supplies the articles and requirements).</summary>
    /// <param name="file">The file holding the case.</param>
    /// <param name="testCase">The case.</param>
    /// <returns>The result.</returns>
    public ParserTestResult RunCase(ParserTestFile file, ParserTestCase testCase)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(testCase);
        var wikitext = testCase.Wikitext ?? string.Empty;
        var skip = SkipReason(file, testCase);
        if (skip is not null)
        {
            return new ParserTestResult(file.FileName, testCase.Name, wikitext, string.Empty, string.Empty, ParserTestOutcome.Skipped, skip, testCase.LineNumber);
        }

        var expected = UpgradeExpectation(file.FileName, TrimEnd(testCase.ExpectedPhpHtml!));
        string actual;
        try
        {
            actual = Render(file, testCase, wikitext);
        }
#pragma warning disable CA1031 // A render that throws is a failed case, whatever the exception.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new ParserTestResult(file.FileName, testCase.Name, wikitext, expected, ex.ToString(), ParserTestOutcome.Failed, "render threw " + ex.GetType().Name, testCase.LineNumber);
        }

        var outcome = string.Equals(expected, actual, StringComparison.Ordinal) ? ParserTestOutcome.Passed : ParserTestOutcome.Failed;
        return new ParserTestResult(file.FileName, testCase.Name, wikitext, expected, actual, outcome, string.Empty, testCase.LineNumber);
    }

    private string? SkipReason(ParserTestFile file, ParserTestCase testCase)
    {
        var reason = testCase.NotAPhpTestReason;
        if (reason is not null)
        {
            return reason;
        }

        foreach (var mode in SkippedModes)
        {
            if (testCase.Options.Has(mode))
            {
                return "mode '" + mode + "' is not supported";
            }
        }

        foreach (var hook in file.RequiredHooks)
        {
            if (!_pipeline.TryGetTagExtension(hook, out _))
            {
                return "required tag hook '" + hook + "' is not registered";
            }
        }

        foreach (var hook in file.RequiredFunctionHooks)
        {
            if (!_pipeline.TryGetParserFunction(hook, out _) && !_pipeline.TryGetParserFunction("#" + hook, out _))
            {
                return "required function hook '" + hook + "' is not registered";
            }
        }

        return null;
    }

    private string Render(ParserTestFile file, ParserTestCase testCase, string wikitext)
    {
        var options = testCase.Options;
        var site = ParserTestEnvironment.GetSite(options.Get("language") is { Length: > 0 } language ? language : "en");
        var titles = new Titles.TitleParser(site);
        var titleText = options.Get("title") is { Length: > 0 } t ? t : ParserTestEnvironment.DefaultTitle;
        var title = titles.Parse(titleText) ?? throw new FormatException("Invalid test title '" + titleText + "'");
        var pages = new ParserTestPageSource(titles, file.Articles);
        var context = new ParserContext(title, site, pages)
        {
            Clock = new FixedClock(ParserTestEnvironment.Now),
            RevisionId = ParserTestEnvironment.RevisionId,
            Options = MakeOptions(testCase),
        };

        var output = _pipeline.Render(wikitext, context);
        // The wrapper is part of the expectation only with "wrap" (MakeOptions turns it off otherwise).
        var html = TrimEnd(output.Html);
        if (options.Has("showtitle"))
        {
            html = (output.DisplayTitle ?? FormatPageTitle(title)) + "\n" + html;
        }

        if (options.Has("ill"))
        {
            html = string.Join(' ', output.LanguageLinks);
        }
        else if (options.Has("cat"))
        {
            var sb = new StringBuilder();
            foreach (var category in output.Categories)
            {
                if (sb.Length > 0)
                {
                    sb.Append('\n');
                }

                sb.Append("cat=").Append(category.Name.Replace(' ', '_')).Append(" sort=").Append(category.SortKey);
            }

            html = sb.ToString();
        }

        return html;
    }

    // Parser::formatPageTitle: the title text MediaWiki 1.39 sets when there is no DISPLAYTITLE.
    private static string FormatPageTitle(Titles.PageTitle title)
    {
        var main = "<span class=\"mw-page-title-main\">" + Rendering.Html.HtmlText.EscapeNoQuotes(title.Text) + "</span>";
        return title.NamespaceName.Length == 0
            ? main
            : "<span class=\"mw-page-title-namespace\">" + Rendering.Html.HtmlText.EscapeNoQuotes(title.NamespaceName) + "</span><span class=\"mw-page-title-separator\">:</span>" + main;
    }

    private static ParserOptions MakeOptions(ParserTestCase testCase)
    {
        var options = testCase.Options;
        var config = testCase.Config;
        return new ParserOptions
        {
            WrapOutput = options.Has("wrap"),
            EditSections = true,
            EnableToc = !options.Has("notoc"),
            EnableSubpages = options.Has("subpage"),
            ThumbSize = ParseInt(options.Get("thumbsize")) ?? 180,
            MaxTocLevel = ParseInt(Setting(testCase, "wgMaxTocLevel")) ?? 999,
            MaxIncludeSize = ParseInt(options.Get("maxincludesize")) ?? 2048 * 1024,
            MaxTemplateDepth = ParseInt(options.Get("maxtemplatedepth")) ?? 40,

            // The runner tests legacy ids unless a case configures $wgFragmentMode.
            FragmentModes = config.TryGetValue("wgFragmentMode", out var modes) ? ParseFragmentModes(modes) : [FragmentMode.Legacy],
            AllowExternalImages = !IsFalse(Setting(testCase, "wgAllowExternalImages") ?? "true"),
            RawHtml = !IsFalse(Setting(testCase, "wgRawHtml") ?? "false"),
            InterwikiMagic = !IsFalse(Setting(testCase, "wgInterwikiMagic") ?? "true"),
            EnableMagicLinks = Setting(testCase, "wgEnableMagicLinks") is not { } magic || !magic.Contains("false", StringComparison.OrdinalIgnoreCase),
            EnableUploads = !IsFalse(Setting(testCase, "wgEnableUploads") ?? "true"),
            NoFollowDomainExceptions = ["no-nofollow.org"],
            LocalInterwikis = ["local", "mi"],
            LegacyMediaDom = !IsFalse(Setting(testCase, "wgParserEnableLegacyMediaDOM") ?? "true"),
            Variant = options.Get("variant") is { Length: > 0 } variant ? variant : null,
            UsePigLatinVariant = !IsFalse(Setting(testCase, "wgUsePigLatinVariant") ?? "false"),
        };
    }

    // A global set in "!! config" or, as the runner also reads them, in "!! options".
    private static string? Setting(ParserTestCase testCase, string name)
        => testCase.Config.TryGetValue(name, out var value) ? value : testCase.Options.Get(name.ToLowerInvariant());

    private static List<FragmentMode> ParseFragmentModes(string phpArray)
        => [.. QuotedRegex().Matches(phpArray).Select(m => string.Equals(m.Groups[1].Value, "legacy", StringComparison.Ordinal) ? FragmentMode.Legacy : FragmentMode.Html5)];

    private static bool IsFalse(string value) => value is "0" or "false" or "" || string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);

    private static int? ParseInt(string? value)
        => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    // MediaWiki's runner: preg_replace('/\s+$/', '', $out).
    private static string TrimEnd(string s) => s.TrimEnd(' ', '\t', '\n', '\r', '\f', '\v');

    [GeneratedRegex("[\"']([a-z0-9]+)[\"']", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedRegex();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
