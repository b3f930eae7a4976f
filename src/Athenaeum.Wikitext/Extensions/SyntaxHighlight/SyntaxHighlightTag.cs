using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Extensions.Common;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Extensions.SyntaxHighlight;

/// <summary>
/// The <c>&lt;syntaxhighlight&gt;</c> and <c>&lt;source&gt;</c> tags of MediaWiki 1.39's SyntaxHighlight
/// extension, as it renders code when Pygments is not there to colour it: the code escaped in
/// <c>&lt;div class="mw-highlight mw-highlight-lang-LANG mw-content-ltr" dir="ltr"&gt;&lt;pre&gt;…&lt;/pre&gt;&lt;/div&gt;</c>
/// (hidden from paragraph and list formatting), or in a <c>&lt;code&gt;</c> with <c>inline</c>. The
/// language class is given for the 795 lexer names SyntaxHighlight knows and its GeSHi aliases. The
/// tracking categories are SyntaxHighlight's, except that the missing Pygments is not reported as an
/// error on every page: only an unknown language and code over 100 KB are, as on a wiki with Pygments.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed partial class SyntaxHighlightTag : ITagExtension
{
    /// <summary>The tracking category of pages using the deprecated <c>&lt;source&gt;</c>.</summary>
    public const string SourceCategory = "syntaxhighlight-source-category";

    /// <summary>The tracking category of pages using the deprecated <c>enclose</c> attribute.</summary>
    public const string EncloseCategory = "syntaxhighlight-enclose-category";

    /// <summary>The tracking category of pages with a highlighting error.</summary>
    public const string ErrorCategory = "syntaxhighlight-error-category";

    private const int MaxBytes = 102400;
    private static readonly FrozenSet<string> AllowedAttributes = FrozenSet.Create(StringComparer.Ordinal, "style", "class", "id");
    private static readonly Lazy<(FrozenSet<string> Lexers, FrozenDictionary<string, string> GeSHi)> LexersLazy = new(LoadLexers);

    /// <inheritdoc/>
    public IReadOnlyList<string> TagNames { get; } = ["syntaxhighlight", "source"];

    /// <inheritdoc/>
    public TagResult Render(TagInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var session = invocation.Session;
        if (invocation.Name == "source")
        {
            session.AddTrackingCategory(SourceCategory);
        }

        // {{#tag:syntaxhighlight|<nowiki>…</nowiki>}} gives nowiki markers: the code is their text.
        var args = new Dictionary<string, string>(invocation.Attributes, StringComparer.Ordinal);
        var code = LeadingNewlinesRegex().Replace(TrimEndPhp(session.StripState.UnstripNoWiki(invocation.Content ?? string.Empty)), string.Empty);
        if (args.Remove("enclose", out var enclose))
        {
            if (enclose == "none")
            {
                args["inline"] = string.Empty;
            }

            session.AddTrackingCategory(EncloseCategory);
        }

        var lexer = GetLexer(args.GetValueOrDefault("lang") ?? string.Empty);
        var good = lexer is not null;
        var inline = args.ContainsKey("inline");
        string output;
        if (code.Length == 0)
        {
            output = string.Empty;
        }
        else
        {
            if (System.Text.Encoding.UTF8.GetByteCount(code) > MaxBytes)
            {
                good = false;
            }

            output = inline
                ? EscapeNoQuotes(TagAttributes.TrimPhp(code))
                : HtmlBuilder.Element("pre", [], code);
        }

        if (!good)
        {
            session.AddTrackingCategory(ErrorCategory);
        }

        var attributes = new List<KeyValuePair<string, string?>>();
        foreach (var (key, value) in Sanitizer.ValidateAttributes(args, AllowedAttributes, TagAttributes.PrimaryFragmentMode(session.Options)))
        {
            attributes.Add(new(key, value));
        }

        var dir = args.GetValueOrDefault("dir") == "rtl" ? "rtl" : "ltr";
        var classes = new List<string>();
        if (attributes.FirstOrDefault(a => a.Key == "class").Value is { } userClass)
        {
            classes.Add(userClass);
        }

        classes.Add("mw-highlight");
        if (lexer is not null)
        {
            classes.Add("mw-highlight-lang-" + lexer);
        }

        classes.Add("mw-content-" + dir);
        if (args.ContainsKey("line"))
        {
            classes.Add("mw-highlight-lines");
        }

        Set(attributes, "class", string.Join(' ', classes));
        Set(attributes, "dir", dir);
        if (inline)
        {
            return HtmlBuilder.RawElement("code", attributes, TagAttributes.TrimPhp(output).Replace('\n', ' '));
        }

        // The code goes behind a nowiki marker so that paragraphs and lists leave it alone; the div stays
        // outside so that it is not wrapped in a paragraph.
        var marker = session.StripState.AddNoWiki("syntaxhighlightinner", output);
        return HtmlBuilder.OpenElement("div", attributes) + marker + "</div>";
    }

    private static string? GetLexer(string lang)
    {
        var (lexers, geshi) = LexersLazy.Value;
        var lexer = lang.ToLowerInvariant();
        if (lexers.Contains(lexer))
        {
            return lexer;
        }

        return geshi.TryGetValue(lexer, out var mapped) ? mapped : null;
    }

    private static void Set(List<KeyValuePair<string, string?>> attributes, string key, string value)
    {
        var at = attributes.FindIndex(a => a.Key == key);
        if (at >= 0)
        {
            attributes[at] = new(key, value);
        }
        else
        {
            attributes.Add(new(key, value));
        }
    }

    // PHP's rtrim(): space, tab, LF, CR, NUL and vertical tab.
    private static string TrimEndPhp(string s) => s.TrimEnd(' ', '\t', '\n', '\r', '\0', '\v');

    // htmlspecialchars($code, ENT_NOQUOTES).
    private static string EscapeNoQuotes(string s)
        => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static (FrozenSet<string>, FrozenDictionary<string, string>) LoadLexers()
    {
        const string Name = "Athenaeum.Wikitext.Extensions.SyntaxHighlight.lexers.json";
        using var stream = typeof(SyntaxHighlightTag).Assembly.GetManifestResourceStream(Name)
            ?? throw new InvalidOperationException("The embedded lexer list '" + Name + "' is missing from the assembly.");
        using var document = JsonDocument.Parse(stream);
        var lexers = document.RootElement.GetProperty("lexers").EnumerateArray().Select(e => e.GetString()!).ToFrozenSet(StringComparer.Ordinal);
        var geshi = document.RootElement.GetProperty("geshi").EnumerateObject().ToFrozenDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        return (lexers, geshi);
    }

    [GeneratedRegex("^\n+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNewlinesRegex();
}
