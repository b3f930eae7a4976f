using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Extensions.Common;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Extensions.Cite;

/// <summary>
/// Makes the ids of footnote markers (<c>cite_ref-…</c>) and of list items (<c>cite_note-…</c>) from
/// the <c>cite_reference_link_*</c> and <c>cite_references_link_*</c> messages: escaped for a link in
/// the wiki's primary fragment mode, runs of underscores collapsed (T184912), and armoured for wikitext.
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
internal sealed partial class AnchorFormatter
{
    private readonly MessageLookup _messages;
    private readonly FragmentMode _mode;

    /// <summary>Initializes a new instance of the <see cref="AnchorFormatter"/> class.</summary>
    /// <param name="messages">The render's messages.</param>
    /// <param name="mode">The wiki's primary fragment mode.</param>
    public AnchorFormatter(MessageLookup messages, FragmentMode mode)
    {
        _messages = messages;
        _mode = mode;
    }

    /// <summary>The id of a footnote marker: <c>cite_ref-KEY</c>, or <c>cite_ref-KEY_NUM</c> for a named reference.</summary>
    /// <param name="key">The reference's name or sequence key.</param>
    /// <param name="num">"key-use" for a named reference, or <see langword="null"/>.</param>
    /// <returns>The id, encoded for an attribute.</returns>
    public string RefKey(string key, string? num = null)
    {
        var prefix = _messages.Plain("cite_reference_link_prefix");
        var suffix = _messages.Plain("cite_reference_link_suffix");
        if (num is not null)
        {
            key = _messages.Plain("cite_reference_link_key_with_num", key, num);
        }

        return NormalizeKey(prefix + key + suffix);
    }

    /// <summary>The id of a list item: <c>cite_note-KEY</c>.</summary>
    /// <param name="key">The key ("name-key" for a named reference, the sequence key otherwise).</param>
    /// <returns>The id, encoded for an attribute.</returns>
    public string GetReferencesKey(string key)
        => NormalizeKey(_messages.Plain("cite_references_link_prefix") + key + _messages.Plain("cite_references_link_suffix"));

    private string NormalizeKey(string key)
    {
        var id = Sanitizer.EscapeIdForLink(key, _mode);
        id = UnderscoresRegex().Replace(id, "_");
        return Sanitizer.SafeEncodeAttribute(id);
    }

    [GeneratedRegex("__+", RegexOptions.CultureInvariant)]
    private static partial Regex UnderscoresRegex();
}
