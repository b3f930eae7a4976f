using Athenaeum.Wikitext.Parsing;

namespace Athenaeum.Wikitext.Extensions.Cite;

/// <content>The <c>&lt;references&gt;</c> tag: list-defined references and the list.</content>
internal sealed partial class CiteProcessor
{
    /// <summary>Handles a <c>&lt;references&gt;</c> tag.</summary>
    /// <param name="text">The raw content, or <see langword="null"/> when self-closed.</param>
    /// <param name="attributes">The decoded attributes.</param>
    /// <returns>The half-parsed output, or <see langword="null"/> when the tag is not allowed here (inside a ref or another references).</returns>
    public string? References(string? text, IReadOnlyDictionary<string, string> attributes)
    {
        if (_inCite || _inReferencesGroup is not null)
        {
            return null;
        }

        try
        {
            return GuardedReferences(text, attributes);
        }
        finally
        {
            _inReferencesGroup = null;
        }
    }

    private string GuardedReferences(string? text, IReadOnlyDictionary<string, string> attributes)
    {
        var invalid = attributes.Keys.Any(k => k is not ("group" or "responsive"));
        var responsive = Get(attributes, "responsive");
        _inReferencesGroup = Get(attributes, "group") ?? DefaultGroup;

        if (text is not null && TrimPhp(text).Length > 0)
        {
            if (text.Contains(StripState.MarkerPrefix + "-references-", StringComparison.Ordinal))
            {
                return _errors.HalfParsed("cite_error_included_references");
            }

            // With {{#tag:references|…}} the refs inside were expanded (and registered outside any
            // <references>) before this tag ran: undo as many ref calls as there are ref markers in the
            // content and run them again in this list's context.
            var markers = CountOccurrences(text, StripState.MarkerPrefix + "-ref-");
            foreach (var (refText, refAttributes) in _stack.RollbackRefs(markers))
            {
                GuardedRef(refText, refAttributes);
            }

            // Parse the content for the <ref> tags still unparsed in it; the output is not used.
            RecursiveTagParse(text);
        }

        if (invalid)
        {
            return _errors.HalfParsed("cite_error_references_invalid_parameters");
        }

        var s = FormatReferences(_inReferencesGroup, responsive);
        if (_referencesErrors.Count > 0)
        {
            s += "\n" + string.Join("<br />\n", _referencesErrors);
            _referencesErrors.Clear();
        }

        return s;
    }
}
