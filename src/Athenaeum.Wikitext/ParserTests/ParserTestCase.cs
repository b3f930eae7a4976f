namespace Athenaeum.Wikitext.ParserTests;

/// <summary>One <c>!! test</c> block of a parser-test file.</summary>
/// <remarks>Immutable.</remarks>
public sealed class ParserTestCase
{
    private static readonly string[] LegacyHtmlKeys = ["html/php", "html/*", "html", "result", "html/php+tidy", "html/*+tidy", "html+tidy"];

    /// <summary>Initializes a new instance of the <see cref="ParserTestCase"/> class.</summary>
    /// <param name="name">The case name.</param>
    /// <param name="lineNumber">The 1-based line of the <c>!! test</c> header.</param>
    /// <param name="sections">The sections by lowercase name ("wikitext", "html/php", "options" …), each without its final newline.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ParserTestCase(string name, int lineNumber, IReadOnlyDictionary<string, string> sections)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(sections);
        Name = name;
        LineNumber = lineNumber;
        Sections = sections;
        Options = sections.TryGetValue("options", out var options) ? ParserTestOptions.Parse(options) : ParserTestOptions.Empty;
        Config = sections.TryGetValue("config", out var config) ? ParseConfig(config) : new Dictionary<string, string>(StringComparer.Ordinal);
    }

    /// <summary>Gets the case name.</summary>
    public string Name { get; }

    /// <summary>Gets the 1-based line of the <c>!! test</c> header.</summary>
    public int LineNumber { get; }

    /// <summary>Gets the sections by lowercase name, each without its final newline.</summary>
    public IReadOnlyDictionary<string, string> Sections { get; }

    /// <summary>Gets the parsed <c>!! options</c>.</summary>
    public ParserTestOptions Options { get; }

    /// <summary>Gets the <c>!! config</c> settings by variable name ("wgRawHtml"), values as written (PHP literals).</summary>
    public IReadOnlyDictionary<string, string> Config { get; }

    /// <summary>Gets the wikitext (the <c>!! wikitext</c> section, or the older <c>!! input</c>), or <see langword="null"/>.</summary>
    public string? Wikitext => Sections.TryGetValue("wikitext", out var w) ? w : Sections.GetValueOrDefault("input");

    /// <summary>
    /// Gets the HTML the PHP parser is expected to produce: the first of the sections <c>html/php</c>,
    /// <c>html/*</c>, <c>html</c>, <c>result</c>, <c>html/php+tidy</c>, <c>html/*+tidy</c>, <c>html+tidy</c>
    /// (the precedence of MediaWiki 1.39's runner), or <see langword="null"/> when the case has none (a
    /// Parsoid-only case).
    /// </summary>
    public string? ExpectedPhpHtml
    {
        get
        {
            foreach (var key in LegacyHtmlKeys)
            {
                if (Sections.TryGetValue(key, out var html))
                {
                    return html;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// Gets why the PHP parser does not run this case, or <see langword="null"/> when it does:
    /// <c>disabled</c>, Parsoid-only (no PHP expectation: MediaWiki 1.39's runner takes <c>html/php</c>,
    /// <c>html/*</c> or <c>html</c>, and a <c>parsoid=</c> option alone does not exclude a case), or no wikitext.
    /// </summary>
    public string? NotAPhpTestReason
    {
        get
        {
            if (Options.Has("disabled"))
            {
                return "disabled";
            }

            if (Wikitext is null)
            {
                return "no wikitext (an html2wt case)";
            }

            if (ExpectedPhpHtml is null)
            {
                return "Parsoid-only (no html/php expectation)";
            }

            return null;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Name;

    private static Dictionary<string, string> ParseConfig(string text)
    {
        var config = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                config[line[..eq].Trim()] = line[(eq + 1)..].Trim();
            }
        }

        return config;
    }
}
