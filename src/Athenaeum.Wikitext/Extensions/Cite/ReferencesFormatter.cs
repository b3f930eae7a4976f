using System.Globalization;
using System.Text;
using Athenaeum.Wikitext.Extensions.Common;

namespace Athenaeum.Wikitext.Extensions.Cite;

/// <summary>
/// Makes the list of a reference group (<c>&lt;ol class="references"&gt;</c>) as MediaWiki 1.39's Cite
/// does: wikitext built from the <c>cite_references_link_one</c>/<c>_many</c> messages, one item per
/// line (T15073), parsed in one go, and wrapped in <c>&lt;div class="mw-references-wrap"&gt;</c> (plus
/// <c>mw-references-columns</c> past ten items) when references are responsive. Reused names get one
/// back-link per use, labelled with the numeric <c>1.0 1.1</c> and alphabetic <c>a b c</c> labels of
/// <c>cite_references_link_many_format</c>.
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
internal sealed class ReferencesFormatter
{
    private readonly MessageLookup _messages;
    private readonly AnchorFormatter _anchors;
    private readonly CiteErrorReporter _errors;
    private readonly Func<string, string> _recursiveTagParse;
    private string[]? _backlinkLabels;

    /// <summary>Initializes a new instance of the <see cref="ReferencesFormatter"/> class.</summary>
    /// <param name="messages">The render's messages.</param>
    /// <param name="anchors">The id maker.</param>
    /// <param name="errors">The error reporter.</param>
    /// <param name="recursiveTagParse">Parses wikitext to half-parsed HTML.</param>
    public ReferencesFormatter(MessageLookup messages, AnchorFormatter anchors, CiteErrorReporter errors, Func<string, string> recursiveTagParse)
    {
        _messages = messages;
        _anchors = anchors;
        _errors = errors;
        _recursiveTagParse = recursiveTagParse;
    }

    /// <summary>Formats a group's references.</summary>
    /// <param name="refs">The group's references in registration order.</param>
    /// <param name="responsive">Whether to wrap the list for responsive columns.</param>
    /// <returns>The half-parsed HTML, or "" for no references.</returns>
    public string FormatReferences(IReadOnlyList<KeyValuePair<string, Reference>> refs, bool responsive)
    {
        if (refs.Count == 0)
        {
            return string.Empty;
        }

        var html = _recursiveTagParse(FormatRefsList(refs)).TrimEnd('\n');
        if (!responsive)
        {
            return html;
        }

        // A div wrap because column-count on a list itself is broken in Chrome.
        var wrapClass = refs.Count > 10 ? "mw-references-wrap mw-references-columns" : "mw-references-wrap";
        return "<div class=\"" + wrapClass + "\">" + html + "</div>";
    }

    private static string ListToText(List<string> items, string separator, string and)
    {
        if (items.Count == 1)
        {
            return items[0];
        }

        return string.Join(separator, items.Take(items.Count - 1)) + and + items[^1];
    }

    private string FormatRefsList(IReadOnlyList<KeyValuePair<string, Reference>> refs)
    {
        // Sorted by number (stable, as PHP 8's uasort): dangling follows (no number) come first.
        var sorted = refs.Select((entry, index) => (entry, index))
            .OrderBy(e => e.entry.Value.Number ?? 0)
            .ThenBy(e => e.index)
            .Select(e => e.entry);

        // New lines between the items keep tidy from merging them (T15073). This is wikitext, not HTML.
        var list = new StringBuilder("<ol class=\"references\">\n");
        foreach (var (key, reference) in sorted)
        {
            list.Append(FormatListItem(key, reference)).Append('\n');
        }

        return list.Append("</ol>").ToString();
    }

    private string FormatListItem(string key, Reference reference)
    {
        var text = ReferenceText(key, reference.Text);
        var extraAttributes = reference.Dir is null ? string.Empty : " class=\"mw-cite-dir-" + reference.Dir.ToLowerInvariant() + "\"";

        // A follow="…" whose parent never came prints a paragraph, not a list item (valid on Wikisource).
        if (reference.Follow is not null)
        {
            return _messages.Plain("cite_references_no_link", _anchors.GetReferencesKey(reference.Follow), text);
        }

        var sequence = reference.Key.ToString(CultureInfo.InvariantCulture);
        if (reference.Count < 1)
        {
            // Anonymous references (count -1) cannot be reused; named ones used once have count 0.
            string id;
            string backlinkId;
            if (reference.Count < 0)
            {
                id = sequence;
                backlinkId = _anchors.RefKey(sequence);
            }
            else
            {
                id = key + "-" + sequence;
                backlinkId = _anchors.RefKey(key, sequence + "-" + reference.Count.ToString(CultureInfo.InvariantCulture));
            }

            return _messages.Plain("cite_references_link_one", _anchors.GetReferencesKey(id), backlinkId, text, extraAttributes);
        }

        var backlinks = new List<string>(reference.Count + 1);
        var number = (reference.Number ?? 0).ToString(CultureInfo.InvariantCulture);
        for (var use = 0; use <= reference.Count; use++)
        {
            backlinks.Add(_messages.Plain(
                "cite_references_link_many_format",
                _anchors.RefKey(key, sequence + "-" + use.ToString(CultureInfo.InvariantCulture)),
                NumericBacklinkLabel(number, use, reference.Count),
                AlternateBacklinkLabel(use)));
        }

        return _messages.Plain(
            "cite_references_link_many",
            _anchors.GetReferencesKey(key + "-" + sequence),
            ListToText(backlinks, _messages.Plain("cite_references_link_many_sep"), _messages.Plain("cite_references_link_many_and")),
            text,
            extraAttributes);
    }

    private string ReferenceText(string key, string? text)
        => text is null
            ? _errors.Plain("cite_error_references_no_text", key)
            : "<span class=\"reference-text\">" + text.TrimEnd('\n') + "</span>\n";

    // "2.05": the group number, the decimal separator, and the use padded to the width of the last use.
    private string NumericBacklinkLabel(string number, int use, int max)
    {
        var language = _messages.Language;
        var separator = language.Data.SeparatorTransformTable is { } table && table.TryGetValue(".", out var s) && s.Length > 0 ? s : ".";
        var width = max.ToString(CultureInfo.InvariantCulture).Length;
        return language.FormatNumNoSeparators(number)
            + separator
            + language.FormatNumNoSeparators(use.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0'));
    }

    private string AlternateBacklinkLabel(int use)
    {
        _backlinkLabels ??= FootnoteMarkFormatter.SplitLabels(_messages.Plain("cite_references_link_many_format_backlink_labels"));
        return use < _backlinkLabels.Length
            ? _backlinkLabels[use]
            : _errors.Plain("cite_error_references_no_backlink_label");
    }
}
