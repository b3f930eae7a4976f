using System.Globalization;
using System.Text;

namespace Athenaeum.Wikitext.Parsing;

/// <summary>
/// Holds finished pieces of output (extension tag HTML, nowiki text) behind unique markers while the
/// rest of the page is parsed, as MediaWiki's StripState does. A marker is
/// <c>\x7f'"`UNIQ--name-0000000A-QINU`"'\x7f</c>, exactly as MediaWiki forms it (its length counts
/// towards the post-expand include size); the DEL character cannot occur in wikitext (the
/// preprocessor removes it from input), so markers never collide with page text.
/// </summary>
/// <remarks>Not thread-safe: one instance per render.</remarks>
public sealed class StripState
{
    /// <summary>The start of every strip marker (MediaWiki's Parser::MARKER_PREFIX).</summary>
    public const string MarkerPrefix = "\u007f'\"`UNIQ-";

    /// <summary>The end of every strip marker (MediaWiki's Parser::MARKER_SUFFIX).</summary>
    public const string MarkerSuffix = "-QINU`\"'\u007f";

    /// <summary>How deep markers inside stored items are unstripped before giving up (guards against cycles).</summary>
    private const int MaxUnstripDepth = 20;

    private readonly Dictionary<string, string> _nowiki = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _general = new(StringComparer.Ordinal);
    private int _index;

    /// <summary>Gets the number of items stored.</summary>
    public int Count => _nowiki.Count + _general.Count;

    /// <summary>Stores text that is unstripped after the inline passes, before block-level formatting (nowiki content).</summary>
    /// <param name="name">A name that shows in the marker ("nowiki").</param>
    /// <param name="text">The stored text (HTML).</param>
    /// <returns>The marker to put in the text instead.</returns>
    public string AddNoWiki(string name, string text) => Add(_nowiki, name, text);

    /// <summary>Stores finished HTML that is unstripped at the very end (extension tags, <c>&lt;pre&gt;</c>, …).</summary>
    /// <param name="name">A name that shows in the marker (the tag name).</param>
    /// <param name="text">The stored HTML.</param>
    /// <returns>The marker to put in the text instead.</returns>
    public string AddGeneral(string name, string text) => Add(_general, name, text);

    /// <summary>
    /// Stores finished HTML behind a marker of MediaWiki's insertStripItem form
    /// (<c>\x7f'"`UNIQ--item-12--QINU`"'\x7f</c>, decimal index), unstripped at the very end. The
    /// marker's length matters: it counts towards the post-expand include size as in MediaWiki.
    /// </summary>
    /// <param name="text">The stored HTML.</param>
    /// <returns>The marker to put in the text instead.</returns>
    public string AddItem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var marker = MarkerPrefix + "-item-" + _index.ToString(CultureInfo.InvariantCulture) + "-" + MarkerSuffix;
        _index++;
        _general[marker] = text;
        return marker;
    }

    /// <summary>
    /// Stores an empty general item behind a heading marker of MediaWiki's form
    /// (<c>\x7f'"`UNIQ--h-3--QINU`"'\x7f</c>), which the preprocessor puts after a section heading's
    /// opening "=" signs.
    /// </summary>
    /// <param name="serial">The heading's serial number in the render.</param>
    /// <returns>The marker.</returns>
    public string AddHeadingMarker(int serial)
    {
        var marker = MarkerPrefix + "-h-" + serial.ToString(CultureInfo.InvariantCulture) + "-" + MarkerSuffix;
        _general[marker] = string.Empty;
        return marker;
    }

    /// <summary>Replaces nowiki markers with their text.</summary>
    /// <param name="text">Text containing markers.</param>
    /// <returns>The text with nowiki items restored.</returns>
    public string UnstripNoWiki(string text) => Unstrip(text, nowiki: true, general: false);

    /// <summary>Replaces general markers with their HTML.</summary>
    /// <param name="text">Text containing markers.</param>
    /// <returns>The text with general items restored.</returns>
    public string UnstripGeneral(string text) => Unstrip(text, nowiki: false, general: true);

    /// <summary>Replaces all markers with their content.</summary>
    /// <param name="text">Text containing markers.</param>
    /// <returns>The text with every item restored.</returns>
    public string UnstripBoth(string text) => Unstrip(text, nowiki: true, general: true);

    /// <summary>Removes every marker without restoring it (MediaWiki's killMarkers).</summary>
    /// <param name="text">Text containing markers.</param>
    /// <returns>The text without markers.</returns>
    public static string KillMarkers(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains(MarkerPrefix, StringComparison.Ordinal))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var pos = 0;
        while (pos < text.Length)
        {
            var start = text.IndexOf(MarkerPrefix, pos, StringComparison.Ordinal);
            if (start < 0)
            {
                break;
            }

            var end = text.IndexOf(MarkerSuffix, start + MarkerPrefix.Length, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            sb.Append(text, pos, start - pos);
            pos = end + MarkerSuffix.Length;
        }

        sb.Append(text, pos, text.Length - pos);
        return sb.ToString();
    }

    private string Add(Dictionary<string, string> items, string name, string text)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        // MediaWiki's extension-tag marker form: PREFIX "-name-" 8 hex digits SUFFIX.
        var marker = MarkerPrefix + "-" + name + "-" + _index.ToString("X8", CultureInfo.InvariantCulture) + MarkerSuffix;
        _index++;
        items[marker] = text;
        return marker;
    }

    private string Unstrip(string text, bool nowiki, bool general, int depth = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains(MarkerPrefix, StringComparison.Ordinal))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var pos = 0;
        while (pos < text.Length)
        {
            var start = text.IndexOf(MarkerPrefix, pos, StringComparison.Ordinal);
            if (start < 0)
            {
                break;
            }

            var end = text.IndexOf(MarkerSuffix, start + MarkerPrefix.Length, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            end += MarkerSuffix.Length;
            var marker = text[start..end];
            sb.Append(text, pos, start - pos);
            if ((nowiki && _nowiki.TryGetValue(marker, out var item)) || (general && _general.TryGetValue(marker, out item)))
            {
                // Items may hold markers themselves (a <ref> inside a <ref>, nowiki in an extension's output).
                sb.Append(depth < MaxUnstripDepth ? Unstrip(item, nowiki, general, depth + 1) : "<span class=\"error\">Parser error: strip marker nesting too deep</span>");
            }
            else
            {
                sb.Append(marker);
            }

            pos = end;
        }

        sb.Append(text, pos, text.Length - pos);
        return sb.ToString();
    }
}
