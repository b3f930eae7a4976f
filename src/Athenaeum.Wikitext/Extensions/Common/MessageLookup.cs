using System.Text;
using Athenaeum.Wikitext.Globalization;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Wikitext.Extensions.Common;

/// <summary>
/// Reads an extension's interface messages for one render in the wiki's content language, as
/// MediaWiki's message cache does: the wiki's own <c>MediaWiki:Key</c> page (read through
/// <see cref="IPageSource"/>) wins over the built-in text, so a wiki can restyle Cite's back-links
/// or give a reference group its own labels.
/// </summary>
/// <remarks>Not thread-safe: belongs to one render (it caches what it read).</remarks>
internal sealed class MessageLookup
{
    private readonly MessageCatalog _catalog;
    private readonly ParserContext _context;
    private readonly Dictionary<string, string?> _cache = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="MessageLookup"/> class.</summary>
    /// <param name="catalog">The built-in messages.</param>
    /// <param name="context">The render's context: its wiki's language and page source.</param>
    public MessageLookup(MessageCatalog catalog, ParserContext context)
    {
        _catalog = catalog;
        _context = context;
        Language = Language.Get(context.Site.LanguageCode);
    }

    /// <summary>Gets the content language the messages are in.</summary>
    public Language Language { get; }

    /// <summary>Gets a message's raw text, or <see langword="null"/> when neither the wiki nor the catalog has it.</summary>
    /// <param name="key">The message key, e.g. "cite_reference_link".</param>
    /// <returns>The text.</returns>
    public string? GetRaw(string key)
    {
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        string? text = null;

        // The message page of the content language has no language suffix (MessageCache::get).
        var title = _context.Titles.MakeTitle(StandardNamespaces.MediaWiki, key);
        if (title is not null && _context.Pages.GetPage(title) is { RedirectTarget: null } page)
        {
            text = page.Text;
        }

        text ??= _catalog.Get(Language, key);

        // MessageCache::get "fixes whitespace" in every message: entities that a textarea or a browser
        // would have mangled become the characters themselves.
        text = text?.Replace("&#32;", " ", StringComparison.Ordinal)
            .Replace("&nbsp;", "\u00A0", StringComparison.Ordinal)
            .Replace("&#160;", "\u00A0", StringComparison.Ordinal)
            .Replace("&shy;", "\u00AD", StringComparison.Ordinal);
        _cache[key] = text;
        return text;
    }

    /// <summary>Tells whether a message is disabled: missing, empty or "-" (MediaWiki's Message::isDisabled).</summary>
    /// <param name="key">The message key.</param>
    /// <returns><see langword="true"/> when the message is disabled.</returns>
    public bool IsDisabled(string key) => GetRaw(key) is null or "" or "-";

    /// <summary>Gets a message with its <c>$1</c>, <c>$2</c> … replaced, untransformed (MediaWiki's Message::plain).</summary>
    /// <param name="key">The message key.</param>
    /// <param name="parameters">The parameter values.</param>
    /// <returns>The text, or <c>⧼key⧽</c> when the message does not exist.</returns>
    public string Plain(string key, params ReadOnlySpan<string> parameters)
    {
        var text = GetRaw(key);
        return text is null ? "⧼" + key + "⧽" : Substitute(text, parameters);
    }

    /// <summary>
    /// Replaces <c>$1</c> … <c>$N</c> in one pass, longest parameter number first, as PHP's strtr does
    /// in MediaWiki's Message::replaceParameters (a value is never substituted again).
    /// </summary>
    /// <param name="text">The message text.</param>
    /// <param name="parameters">The parameter values.</param>
    /// <returns>The substituted text.</returns>
    public static string Substitute(string text, ReadOnlySpan<string> parameters)
    {
        if (parameters.Length == 0 || !text.Contains('$', StringComparison.Ordinal))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 32);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c != '$' || i + 1 >= text.Length || !char.IsAsciiDigit(text[i + 1]))
            {
                sb.Append(c);
                i++;
                continue;
            }

            var end = i + 1;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            // The longest digit prefix naming an existing parameter wins.
            var matched = false;
            for (var length = end - i - 1; length >= 1; length--)
            {
                if (int.TryParse(text.AsSpan(i + 1, length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                    && n >= 1 && n <= parameters.Length && text[i + 1] != '0')
                {
                    sb.Append(parameters[n - 1]);
                    i += 1 + length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                sb.Append(c);
                i++;
            }
        }

        return sb.ToString();
    }
}
