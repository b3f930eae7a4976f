using System.Globalization;
using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Extensions.Common;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Extensions.Cite;

/// <summary>
/// Makes the footnote marker of a <c>&lt;ref&gt;</c> (<c>&lt;sup id="cite_ref-…" class="reference"&gt;[1]&lt;/sup&gt;</c>)
/// from the <c>cite_reference_link</c> message. The label is the group number in the content
/// language's digits, prefixed with the group name, unless the wiki defines labels for the group in
/// <c>MediaWiki:Cite link label group-GROUP</c> (e.g. "a b c d" for <c>lower-alpha</c>).
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
internal sealed partial class FootnoteMarkFormatter
{
    private readonly Dictionary<string, string[]> _linkLabels = new(StringComparer.Ordinal);
    private readonly MessageLookup _messages;
    private readonly AnchorFormatter _anchors;
    private readonly CiteErrorReporter _errors;
    private readonly Func<string, string> _recursiveTagParse;

    /// <summary>Initializes a new instance of the <see cref="FootnoteMarkFormatter"/> class.</summary>
    /// <param name="messages">The render's messages.</param>
    /// <param name="anchors">The id maker.</param>
    /// <param name="errors">The error reporter.</param>
    /// <param name="recursiveTagParse">Parses wikitext to half-parsed HTML.</param>
    public FootnoteMarkFormatter(MessageLookup messages, AnchorFormatter anchors, CiteErrorReporter errors, Func<string, string> recursiveTagParse)
    {
        _messages = messages;
        _anchors = anchors;
        _errors = errors;
        _recursiveTagParse = recursiveTagParse;
    }

    /// <summary>Makes the marker of one use of a reference.</summary>
    /// <param name="group">The group.</param>
    /// <param name="reference">The reference, as numbered by this use.</param>
    /// <returns>The half-parsed HTML.</returns>
    public string LinkRef(string group, Reference reference)
    {
        var number = reference.Number ?? 0;
        var label = GetLinkLabel(group, number);
        if (label is null)
        {
            label = _messages.Language.FormatNumNoSeparators(number.ToString(CultureInfo.InvariantCulture));
            if (group.Length > 0)
            {
                label = group + " " + label;
            }
        }

        var sequence = reference.Key.ToString(CultureInfo.InvariantCulture);
        var named = !string.IsNullOrEmpty(reference.Name);
        var key = named ? reference.Name! : sequence;
        var count = named ? sequence + "-" + reference.Count.ToString(CultureInfo.InvariantCulture) : null;
        var subkey = named ? "-" + sequence : string.Empty;
        return _recursiveTagParse(_messages.Plain(
            "cite_reference_link",
            _anchors.RefKey(key, count),
            _anchors.GetReferencesKey(key + subkey),
            Sanitizer.SafeEncodeAttribute(label)));
    }

    /// <summary>Splits a label list message on whitespace runs, as PHP's preg_split('/\s+/') (ASCII whitespace; a leading run gives an empty first label).</summary>
    /// <param name="text">The message text.</param>
    /// <returns>The labels.</returns>
    internal static string[] SplitLabels(string text) => WhitespaceRegex().Split(text);

    private string? GetLinkLabel(string group, int number)
    {
        var key = "cite_link_label_group-" + group;
        if (!_linkLabels.TryGetValue(group, out var labels))
        {
            labels = _messages.IsDisabled(key) ? [] : SplitLabels(_messages.Plain(key));
            _linkLabels[group] = labels;
        }

        if (labels.Length == 0)
        {
            return null;
        }

        return number >= 1 && number <= labels.Length
            ? labels[number - 1]
            : _errors.Plain("cite_error_no_link_label_group", group, key);
    }

    [GeneratedRegex("[ \t\n\v\f\r]+", RegexOptions.CultureInvariant)]
    private static partial Regex WhitespaceRegex();
}
