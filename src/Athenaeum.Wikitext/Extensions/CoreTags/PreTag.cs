using System.Text;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Extensions.CoreTags;

/// <summary>
/// <c>&lt;pre&gt;</c>: preformatted text shown literally, like <c>&lt;nowiki&gt;</c> inside a
/// <c>&lt;pre&gt;</c> element with sanitized attributes (MediaWiki's CoreTagHooks::pre). Inner
/// <c>&lt;nowiki&gt;</c> tags are removed for backwards compatibility.
/// </summary>
internal sealed class PreTag : ITagExtension
{
    /// <inheritdoc/>
    public IReadOnlyList<string> TagNames { get; } = ["pre"];

    /// <inheritdoc/>
    public TagResult Render(TagInvocation invocation)
    {
        var content = RemoveNowikiTags(invocation.Content ?? string.Empty);
        content = content.Replace(">", "&gt;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
        var attributes = Sanitizer.ValidateTagAttributes(invocation.Attributes, "pre");
        var html = new StringBuilder(content.Length + 32);
        html.Append("<pre");
        HtmlAttributes.Append(html, attributes);
        html.Append('>').Append(EscapeCombiningChar(content)).Append("</pre>");
        return html.ToString();
    }

    /// <summary>
    /// Replaces each <c>&lt;nowiki&gt;…&lt;/nowiki&gt;</c> (ASCII case-insensitive) by its content, as
    /// StringUtils::delimiterReplace does: a second opening before the closing is part of the content,
    /// a closing without opening stays.
    /// </summary>
    internal static string RemoveNowikiTags(string text)
    {
        const string Open = "<nowiki>";
        const string Close = "</nowiki>";
        if (text.IndexOf(Open, StringComparison.OrdinalIgnoreCase) < 0)
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        var inputPos = 0;
        var outputPos = 0;
        var contentPos = 0;
        var foundStart = false;
        while (inputPos < text.Length)
        {
            var openAt = IndexOfAscii(text, Open, inputPos);
            var closeAt = IndexOfAscii(text, Close, inputPos);
            if (openAt < 0 && closeAt < 0)
            {
                break;
            }

            var isOpen = openAt >= 0 && (closeAt < 0 || openAt < closeAt);
            var at = isOpen ? openAt : closeAt;
            if (isOpen)
            {
                if (!foundStart)
                {
                    output.Append(text, outputPos, at - outputPos);
                    outputPos = at;
                    inputPos = at + Open.Length;
                    contentPos = inputPos;
                    foundStart = true;
                }
                else
                {
                    inputPos = at + 1;
                }
            }
            else
            {
                if (foundStart)
                {
                    output.Append(text, contentPos, at - contentPos);
                    foundStart = false;
                }
                else
                {
                    output.Append(text, outputPos, at + Close.Length - outputPos);
                }

                inputPos = outputPos = at + Close.Length;
            }
        }

        if (outputPos < text.Length)
        {
            output.Append(text, outputPos, text.Length - outputPos);
        }

        return output.ToString();
    }

    // Sanitizer::escapeCombiningChar (T387130): a combining long solidus after ">" would change the tag.
    private static string EscapeCombiningChar(string html) => html.Replace("\u0338", "&#x338;", StringComparison.Ordinal);

    private static int IndexOfAscii(string text, string value, int from)
    {
        for (var i = from; i + value.Length <= text.Length; i++)
        {
            var k = 0;
            while (k < value.Length && (text[i + k] == value[k] || (char.IsAsciiLetter(value[k]) && (text[i + k] | 0x20) == value[k])))
            {
                k++;
            }

            if (k == value.Length)
            {
                return i;
            }
        }

        return -1;
    }
}
