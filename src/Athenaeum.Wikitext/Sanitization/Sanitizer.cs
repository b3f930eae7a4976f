using System.Text;

namespace Athenaeum.Wikitext.Sanitization;

/// <summary>
/// MediaWiki 1.39's HTML sanitizer rules for wikitext (<c>includes/parser/Sanitizer.php</c>): which
/// HTML tags page text may write, which attributes each may carry, and how attribute values, inline
/// CSS, ids, character references and external URLs are cleaned. Everything else is turned into
/// visible text, so page text can never produce a script, a style sheet, a frame, a form, a link to a
/// <c>javascript:</c> URL or an event handler.
/// </summary>
/// <remarks>
/// All members are pure functions of their arguments (string in, string out): stateless,
/// thread-safe and allocation-light. Behaviour follows MediaWiki's own code closely, including its
/// quirks, so that rendered pages match MediaWiki's output byte for byte; docs/sanitizer.md lists the
/// rules and why they are safe.
/// </remarks>
public static partial class Sanitizer
{
    /// <summary>
    /// Turns the HTML-like tags of wikitext into real tags and escapes the rest (MediaWiki's
    /// <c>internalRemoveHtmlTags</c>, the sanitizer pass of the legacy parser): comments are removed;
    /// each tag whose name is an allowed element gets its attributes validated and re-serialized
    /// (<see cref="FixTagAttributes"/>); the slash of a self-closed <c>&lt;span/&gt;</c> is dropped (HTML5
    /// ignores it) while <c>&lt;li/&gt;</c>, <c>&lt;dt/&gt;</c> and <c>&lt;dd/&gt;</c> become empty pairs; <c>&lt;meta&gt;</c> and <c>&lt;link&gt;</c> are kept only as microdata (with
    /// <c>itemprop</c> and <c>content</c>/<c>href</c>); every other <c>&lt;</c> is written
    /// <c>&amp;lt;</c> and every <c>&gt;</c> outside a kept tag <c>&amp;gt;</c>.
    /// </summary>
    /// <param name="text">Expanded wikitext (strip markers may be present).</param>
    /// <param name="attributeCallback">Applied to a kept tag's raw attribute text before it is parsed
    /// (the parser unstrips markers there); <see langword="null"/> for none.</param>
    /// <param name="extraTags">Further element names to allow (lower case).</param>
    /// <param name="removeTags">Element names to disallow (lower case).</param>
    /// <param name="idMode">How <c>id</c> attributes are escaped (the wiki's primary fragment mode).</param>
    /// <returns>The text with only allowed, cleaned tags; tags may still be unbalanced (tidy fixes that).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string RemoveHtmlTags(
        string text,
        Func<string, string>? attributeCallback = null,
        IReadOnlyCollection<string>? extraTags = null,
        IReadOnlyCollection<string>? removeTags = null,
        FragmentMode idMode = FragmentMode.Html5)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = RemoveHtmlComments(text);
        var sb = new StringBuilder(text.Length + 64);
        var lt = text.IndexOf('<', StringComparison.Ordinal);
        AppendEscapingGt(sb, text, 0, lt < 0 ? text.Length : lt);
        while (lt >= 0)
        {
            var bitStart = lt + 1;
            var next = text.IndexOf('<', bitStart);
            var bitEnd = next < 0 ? text.Length : next;
            if (!TryAppendTag(sb, text, bitStart, bitEnd, attributeCallback, extraTags, removeTags, idMode))
            {
                sb.Append("&lt;");
                AppendEscapingGt(sb, text, bitStart, bitEnd);
            }

            lt = next;
        }

        return sb.ToString();
    }

    /// <summary>Gets whether wikitext may write <paramref name="element"/> as an HTML tag.</summary>
    /// <param name="element">A lower-case element name.</param>
    /// <returns><see langword="true"/> for the allowed elements (b, div, table, span, br …).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="element"/> is null.</exception>
    public static bool IsAllowedElement(string element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return HtmlElementRules.Allowed.Contains(element);
    }

    /// <summary>
    /// Handles one "bit" (the text after a <c>&lt;</c> up to the next <c>&lt;</c>) when it is an allowed
    /// tag: MediaWiki's <c>^(/?)([A-Za-z][^\t\n\v /&gt;\0]*+)([^&gt;]*?)(/?&gt;)([^&lt;]*)$</c>. In PCRE
    /// <c>\v</c> is any vertical whitespace (LF, VT, FF, CR), so a name also ends at FF and CR.
    /// </summary>
    private static bool TryAppendTag(
        StringBuilder sb,
        string text,
        int start,
        int end,
        Func<string, string>? attributeCallback,
        IReadOnlyCollection<string>? extraTags,
        IReadOnlyCollection<string>? removeTags,
        FragmentMode idMode)
    {
        var pos = start;
        var closing = pos < end && text[pos] == '/';
        if (closing)
        {
            pos++;
        }

        if (pos >= end || !char.IsAsciiLetter(text[pos]))
        {
            return false;
        }

        var nameStart = pos;
        while (pos < end && text[pos] is not ('\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '/' or '>' or '\0'))
        {
            pos++;
        }

        var gt = text.IndexOf('>', pos, end - pos);
        if (gt < 0)
        {
            return false;
        }

        var selfClosing = gt > pos && text[gt - 1] == '/';
        var paramsEnd = selfClosing ? gt - 1 : gt;
        var name = AsciiText.ToLower(text[nameStart..pos]);
        if (!IsAllowed(name, extraTags, removeTags))
        {
            return false;
        }

        var parameters = text[pos..paramsEnd];
        if (attributeCallback is not null)
        {
            parameters = attributeCallback(parameters);
        }

        var single = HtmlElementRules.Single.Contains(name);
        var singleOnly = HtmlElementRules.SingleOnly.Contains(name);
        if (selfClosing && !single && !singleOnly)
        {
            // The self-closing slash means nothing on a non-void element in HTML5 (T134423).
            selfClosing = false;
        }

        if (!IsValidMicrodataTag(name, parameters))
        {
            return false;
        }

        sb.Append('<');
        if (closing)
        {
            sb.Append('/');
        }

        sb.Append(name).Append(FixTagAttributes(parameters, name, idMode: idMode));
        if (selfClosing && !singleOnly)
        {
            // <li/> and friends: an empty element, which is what page authors mean by it.
            sb.Append("></").Append(name).Append('>');
        }
        else
        {
            sb.Append(selfClosing ? "/>" : ">");
        }

        AppendEscapingGt(sb, text, gt + 1, end);
        return true;
    }

    private static bool IsAllowed(string name, IReadOnlyCollection<string>? extraTags, IReadOnlyCollection<string>? removeTags)
    {
        if (removeTags is not null && removeTags.Contains(name, StringComparer.Ordinal))
        {
            return false;
        }

        return HtmlElementRules.Allowed.Contains(name) || (extraTags is not null && extraTags.Contains(name, StringComparer.Ordinal));
    }

    /// <summary><c>&lt;meta&gt;</c> and <c>&lt;link&gt;</c> are only safe as microdata (MediaWiki's validateTag).</summary>
    private static bool IsValidMicrodataTag(string name, string parameters)
    {
        if (name is not ("meta" or "link"))
        {
            return true;
        }

        var attributes = DecodeTagAttributes(parameters);
        return attributes.ContainsKey("itemprop")
            && attributes.ContainsKey(name == "meta" ? "content" : "href");
    }

    private static void AppendEscapingGt(StringBuilder sb, string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var gt = text.IndexOf('>', i, end - i);
            if (gt < 0)
            {
                sb.Append(text, i, end - i);
                return;
            }

            sb.Append(text, i, gt - i).Append("&gt;");
            i = gt;
        }
    }
}
