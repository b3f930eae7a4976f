using System.Text;
using Athenaeum.Wikitext.Extensions.Common;
using Athenaeum.Wikitext.Globalization;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Extensions.Cite;

/// <summary>
/// Formats Cite's errors and warnings as MediaWiki 1.39's Cite does: the message is wrapped in
/// <c>cite_error</c> ("Cite error: $1") and in <c>&lt;span class="error mw-ext-cite-error" lang=… dir=…&gt;</c>,
/// and every error puts the page in the "Pages with reference errors" tracking category.
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
internal sealed class CiteErrorReporter
{
    private readonly MessageLookup _messages;
    private readonly Func<string, string> _recursiveTagParse;
    private readonly Action _addTrackingCategory;

    /// <summary>Initializes a new instance of the <see cref="CiteErrorReporter"/> class.</summary>
    /// <param name="messages">The render's messages (the user language is the content language).</param>
    /// <param name="recursiveTagParse">Parses wikitext to half-parsed HTML.</param>
    /// <param name="addTrackingCategory">Adds the error tracking category.</param>
    public CiteErrorReporter(MessageLookup messages, Func<string, string> recursiveTagParse, Action addTrackingCategory)
    {
        _messages = messages;
        _recursiveTagParse = recursiveTagParse;
        _addTrackingCategory = addTrackingCategory;
    }

    /// <summary>Formats an error with its message parsed now (for output that is not parsed again).</summary>
    /// <param name="key">The message key, e.g. "cite_error_ref_no_key".</param>
    /// <param name="parameters">The message parameters.</param>
    /// <returns>The half-parsed HTML.</returns>
    public string HalfParsed(string key, params ReadOnlySpan<string> parameters)
        => Wrap(_recursiveTagParse(Message(key, parameters)), key);

    /// <summary>Formats an error as wikitext (for a reference's text, which is parsed with the list).</summary>
    /// <param name="key">The message key.</param>
    /// <param name="parameters">The message parameters.</param>
    /// <returns>The wikitext.</returns>
    public string Plain(string key, params ReadOnlySpan<string> parameters) => Wrap(Message(key, parameters), key);

    // "cite_error_ref_no_key" → ("error", "ref_no_key").
    private static (string Type, string Id) TypeAndId(string key)
    {
        var parts = key.Replace('-', '_').Split('_', 3);
        return (parts.Length > 1 ? parts[1] : string.Empty, parts.Length > 2 ? parts[2] : string.Empty);
    }

    private string Message(string key, ReadOnlySpan<string> parameters)
    {
        var (type, _) = TypeAndId(key);
        if (string.Equals(type, "error", StringComparison.Ordinal))
        {
            _addTrackingCategory();
        }

        return _messages.Plain("cite_" + type, _messages.Plain(key, parameters));
    }

    private string Wrap(string content, string key)
    {
        var (type, id) = TypeAndId(key);
        var language = _messages.Language;
        var cssClass = type + " mw-ext-cite-" + type;
        if (string.Equals(type, "warning", StringComparison.Ordinal))
        {
            cssClass += " mw-ext-cite-warning-" + Sanitizer.EscapeClass(id);
        }

        return new StringBuilder(content.Length + 96)
            .Append("<span class=\"").Append(Sanitizer.EncodeAttribute(cssClass))
            .Append("\" lang=\"").Append(Sanitizer.EncodeAttribute(LanguageNames.ToBcp47(language.Code)))
            .Append("\" dir=\"").Append(language.Direction).Append("\">")
            .Append(content).Append("</span>").ToString();
    }
}
