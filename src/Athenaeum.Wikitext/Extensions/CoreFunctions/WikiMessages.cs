using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Globalization;
using Athenaeum.Wikitext.Globalization.Php;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Wikitext.Extensions.CoreFunctions;

/// <summary>
/// Interface messages as a wiki shows them (MediaWiki's MessageCache): a page of the MediaWiki
/// namespace ("MediaWiki:Edit", or "MediaWiki:Edit/de" for another language) overrides the
/// language's built-in text, which falls back through the language chain to English.
/// </summary>
/// <remarks>Stateless and thread-safe; page lookups are cached per render.</remarks>
internal static partial class WikiMessages
{
    /// <summary>Gets the content language of the render's wiki.</summary>
    /// <param name="host">The render.</param>
    /// <returns>The language.</returns>
    public static Language ContentLanguage(IParserFunctionHost host) => Language.Get(host.Context.Site.LanguageCode);

    /// <summary>Gets the raw text of a message, or <see langword="null"/> when it does not exist.</summary>
    /// <param name="host">The render.</param>
    /// <param name="key">The message key (case of the first letter and spaces/underscores do not matter).</param>
    /// <param name="language">The language; the content language when <see langword="null"/>.</param>
    /// <returns>The message text, parameters not substituted.</returns>
    public static string? GetRaw(IParserFunctionHost host, string key, Language? language = null)
    {
        var content = ContentLanguage(host);
        language ??= content;
        var normalized = content.LcFirst(key.Replace(' ', '_'));
        var pageName = content.UcFirst(normalized) + (language.Code == content.Code ? string.Empty : "/" + language.Code);
        var title = host.Context.Titles.MakeTitle(StandardNamespaces.MediaWiki, pageName);
        if (title is not null)
        {
            var cache = host.GetExtensionState(() => new MessagePageCache());
            if (!cache.TryGetValue(title.PrefixedDbKey, out var pageText))
            {
                var page = host.Context.Pages.GetPage(title);
                pageText = page is not null && page.RedirectTarget is null ? page.Text : null;
                cache[title.PrefixedDbKey] = pageText;
            }

            if (pageText is not null)
            {
                return pageText;
            }
        }

        return language.GetMessage(normalized);
    }

    /// <summary>
    /// Gets a message as MediaWiki's Message::text(): parameters substituted and the simple
    /// <c>{{PLURAL:…}}</c>, <c>{{GENDER:…}}</c> and <c>{{GRAMMAR:…}}</c> forms resolved; "⧼key⧽" when missing.
    /// </summary>
    /// <param name="host">The render.</param>
    /// <param name="key">The message key.</param>
    /// <param name="parameters">The parameters ($1, $2 …).</param>
    /// <returns>The text.</returns>
    public static string Text(IParserFunctionHost host, string key, params string[] parameters)
    {
        var raw = GetRaw(host, key);
        if (raw is null)
        {
            return "⧼" + key + "⧽";
        }

        var text = Language.SubstituteParameters(raw, parameters);
        return TransformMagic(text, ContentLanguage(host));
    }

    /// <summary>
    /// Gets an error in the form ParserFunctions prints it: the message, HTML-escaped, in
    /// <c>&lt;strong class="error"&gt;</c>.
    /// </summary>
    /// <param name="host">The render.</param>
    /// <param name="key">The message key.</param>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The HTML.</returns>
    public static string StrongError(IParserFunctionHost host, string key, params string[] parameters)
        => "<strong class=\"error\">" + PhpHtml.SpecialChars(Text(host, key, parameters)) + "</strong>";

    private static string TransformMagic(string text, Language language)
    {
        if (!text.Contains("{{", StringComparison.Ordinal))
        {
            return text;
        }

        return MagicRegex().Replace(text, m =>
        {
            var name = m.Groups[1].Value.ToUpperInvariant();
            var parts = m.Groups[2].Value.Split('|');
            return name switch
            {
                "PLURAL" => language.ConvertPlural(language.ParseFormattedNumber(parts[0].Trim()), parts[1..]),
                "GENDER" => language.ConvertGender(string.Empty, parts[1..]),
                "GRAMMAR" => language.ConvertGrammar(parts.Length > 1 ? parts[1] : string.Empty, parts[0]),
                _ => m.Value,
            };
        });
    }

    /// <summary>The MediaWiki-namespace pages looked up during one render (text, or null when missing).</summary>
    private sealed class MessagePageCache : Dictionary<string, string?>
    {
        public MessagePageCache()
            : base(StringComparer.Ordinal)
        {
        }
    }

    [GeneratedRegex(@"\{\{(PLURAL|GENDER|GRAMMAR):([^{}]*)\}\}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MagicRegex();
}
