using System.Security.Cryptography;
using System.Text;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Extensions.Common;
using Athenaeum.Wikitext.Extensions.TemplateStyles.Css;
using Athenaeum.Wikitext.Sanitization;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Wikitext.Extensions.TemplateStyles;

/// <summary>
/// The <c>&lt;templatestyles src="…"/&gt;</c> tag of MediaWiki's TemplateStyles extension: loads the
/// <c>sanitized-css</c> page (Template namespace by default) through <see cref="IPageSource"/>,
/// sanitizes it (<see cref="StylesheetSanitizer"/>: allowed properties and values only, no URL, no
/// <c>@import</c>, every selector scoped under <c>.mw-parser-output</c>), and prints
/// <c>&lt;style data-mw-deduplicate="TemplateStyles:rREV"&gt;…&lt;/style&gt;</c>, the CSS hidden from
/// paragraph formatting and unable to close the element. Later uses of the same sheet print the same
/// element, which <see cref="StyleDeduplicator"/> turns into <c>&lt;link rel="mw-deduplicated-inline-style"/&gt;</c>.
/// </summary>
/// <remarks>Stateless and thread-safe; the per-render cache lives in the render's extension state.</remarks>
internal sealed class TemplateStylesTag : ITagExtension
{
    /// <summary>The tracking category of pages whose tags have errors.</summary>
    public const string PageErrorCategory = "templatestyles-page-error-category";

    private const int MaxStylesheetSize = 102400;
    private const string WrapClass = "mw-parser-output";

    /// <inheritdoc/>
    public IReadOnlyList<string> TagNames { get; } = ["templatestyles"];

    /// <inheritdoc/>
    public TagResult Render(TagInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var session = invocation.Session;
        var context = session.Context;
        var messages = new MessageLookup(TemplateStylesMessages.Catalog, context);
        var attributes = invocation.Attributes;
        if (!attributes.TryGetValue("src", out var src) || TagAttributes.TrimPhp(src).Length == 0)
        {
            return FormatError(invocation, messages, "templatestyles-missing-src");
        }

        string? extraWrapper = null;
        if (attributes.TryGetValue("wrapper", out var wrapper) && TagAttributes.TrimPhp(wrapper).Length > 0)
        {
            extraWrapper = TagAttributes.TrimPhp(wrapper);
            if (ValidateWrapper(extraWrapper) is null)
            {
                return FormatError(invocation, messages, "templatestyles-invalid-wrapper");
            }
        }

        var title = context.Titles.Parse(src, StandardNamespaces.Template);
        if (title is null || title.IsExternal || title.Text.Length == 0)
        {
            return FormatError(invocation, messages, "templatestyles-invalid-src");
        }

        // Not really a template, but its edits need the page re-rendered just the same.
        session.Output.Templates.Add(title.WithoutFragment);
        var page = context.Pages.GetPage(title.WithoutFragment);
        var titleText = title.PrefixedText;
        if (page is null)
        {
            return FormatError(invocation, messages, "templatestyles-bad-src-missing", titleText, WikitextEscaper.Escape(titleText, session.Options.EnableMagicLinks));
        }

        if (!string.Equals(page.ContentModel, "sanitized-css", StringComparison.Ordinal))
        {
            var model = messages.GetRaw("content-model-" + page.ContentModel) ?? page.ContentModel;
            return FormatError(invocation, messages, "templatestyles-bad-src", titleText, WikitextEscaper.Escape(titleText, session.Options.EnableMagicLinks), model);
        }

        var cacheKey = page.RevisionId > 0
            ? "r" + page.RevisionId.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(page.Text)));
        if (extraWrapper is not null)
        {
            cacheKey += "/" + WrapClass + "/" + extraWrapper;
        }

        var cache = session.GetExtensionState(() => new TemplateStylesCache());
        if (cache.Styles.TryGetValue(cacheKey, out var cached))
        {
            return cached;
        }

        var style = SanitizeSheet(page, titleText, extraWrapper is null ? "." + WrapClass : "." + WrapClass + " " + ValidateWrapper(extraWrapper), messages);

        // The CSS goes behind a nowiki marker so that paragraph formatting leaves it alone.
        var marker = session.StripState.AddNoWiki("templatestyles", style);
        var html = HtmlBuilder.RawElement("style", HtmlBuilder.Attributes(("data-mw-deduplicate", "TemplateStyles:" + cacheKey)), marker);
        cache.Styles[cacheKey] = html;
        return html;
    }

    /// <summary>Sanitizes a sheet and prepares it for a <c>&lt;style&gt;</c> element.</summary>
    /// <param name="page">The sheet's page.</param>
    /// <param name="titleText">The sheet's title, for the error comment.</param>
    /// <param name="prefix">The scoping selector.</param>
    /// <param name="messages">The messages.</param>
    /// <returns>The CSS, with an error comment in front when something was dropped.</returns>
    internal static string SanitizeSheet(WikiPage page, string titleText, string prefix, MessageLookup messages)
    {
        var errors = new List<string>();
        string css;
        if (Encoding.UTF8.GetByteCount(page.Text) > MaxStylesheetSize)
        {
            errors.Add(messages.Plain("templatestyles-size-exceeded", MaxStylesheetSize.ToString(System.Globalization.CultureInfo.InvariantCulture), messages.Language.FormatNum(MaxStylesheetSize.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            css = "/* Fatal error, no CSS will be output */";
        }
        else
        {
            var sanitizer = new StylesheetSanitizer(prefix);
            css = sanitizer.Sanitize(page.Text);
            foreach (var error in sanitizer.Errors)
            {
                errors.Add(messages.Plain(
                    "templatestyles-error-" + error.Code,
                    error.Line.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    error.Column.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    error.Argument));
            }

            // A last guard: the sheet can never close its element.
            if (css.Contains("</style", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(messages.Plain("templatestyles-end-tag-injection"));
                css = "/* Fatal error, no CSS will be output */";
            }
        }

        if (errors.Count > 0)
        {
            var list = string.Join('\n', errors.Select(e => "* " + e));
            var comment = messages.Plain("templatestyles-errorcomment", titleText, page.RevisionId > 0 ? page.RevisionId.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty, list);

            // Lookalike characters keep the comment from confusing browsers.
            comment = comment.Replace('*', '•').Replace('-', '‐').Replace('<', '⧼').Replace('>', '⧽').Trim();
            css = "/*\n" + comment + "\n*/\n" + css;
        }

        // Html::inlineStyle: "<" can never start a tag inside the element.
        css = css.Replace("<", "\\3C ", StringComparison.Ordinal).Replace("]]>", "\\5D\\5D\\3E ", StringComparison.Ordinal);
        return css.Contains('&', StringComparison.Ordinal) ? "/*<![CDATA[*/" + css + "/*]]>*/" : css;
    }

    // The wrapper must be one simple selector sequence (".foo", "div[data]").
    private static string? ValidateWrapper(string wrapper)
    {
        var errors = new List<CssError>();
        var components = WrapperComponents(wrapper, errors);
        return errors.Count == 0 && components is not null ? CssSelectors.ParseCompound(components) : null;
    }

    private static List<CssComponent>? WrapperComponents(string wrapper, List<CssError> errors)
    {
        // A style rule "wrapper{}" parsed as a sheet gives the wrapper as its prelude.
        var rules = new CssParser(wrapper + "{}", errors).ParseStylesheet();
        if (rules.Count != 1 || rules[0].AtName is not null)
        {
            return null;
        }

        var prelude = rules[0].Prelude.ToList();
        return prelude.Count > 0 && !prelude[^1].IsWhitespace && !prelude[0].IsWhitespace ? prelude : null;
    }

    private static string FormatError(TagInvocation invocation, MessageLookup messages, string key, params string[] parameters)
    {
        invocation.Session.AddTrackingCategory(PageErrorCategory);
        var text = messages.Plain(key, parameters).Replace("{{int:content-model-sanitized-css}}", messages.Plain("content-model-sanitized-css"), StringComparison.Ordinal);

        // The message is wikitext (a wiki may override it): it is parsed, so sanitized, like Message::parse.
        return "<strong class=\"error\">" + invocation.Session.GetRecursiveParser().RecursiveTagParse(text, null) + "</strong>";
    }
}
