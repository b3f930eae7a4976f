using Athenaeum.Wikitext.Sanitization;
using Athenaeum.Wikitext.Syntax;

namespace Athenaeum.Wikitext.Expansion;

/// <content>Extension tags (MediaWiki's extensionSubstitution) and the <c>#tag</c> logic shared with Lua.</content>
internal sealed partial class ExpansionFrame
{
    /// <summary>Runs an extension tag found in the tree and returns its strip marker.</summary>
    private string ExtensionSubstitution(ParserTag tag)
    {
        // MediaWiki expands the tag's name, attribute, content (and, outside HTML output, closing)
        // nodes, each a counted expansion; an error in the name or attributes replaces the tag.
        if (VisitTextNode() is { } nameError)
        {
            return nameError;
        }

        if (VisitTextNode() is { } attributeError)
        {
            return attributeError;
        }

        var content = tag.Content;
        if (content is not null && VisitTextNode() is { } contentError)
        {
            content = contentError;
        }

        if (_session.PreprocessOnly && tag.ClosingTag is not null && VisitTextNode() is { } closeError)
        {
            return closeError;
        }

        return ExtensionSubstitution(tag.Name, tag.Attributes, content, tag.ClosingTag, null);
    }

    /// <summary>
    /// Runs an extension tag and returns its strip marker (or its output for <see cref="StripMarkerKind.None"/>).
    /// Attributes decoded from <paramref name="attributeText"/> win over <paramref name="extraAttributes"/>.
    /// </summary>
    /// <param name="name">The tag name as written.</param>
    /// <param name="attributeText">The raw attribute text.</param>
    /// <param name="content">The content, or <see langword="null"/> when self-closed.</param>
    /// <param name="closingTag">The closing tag as written, or <see langword="null"/>.</param>
    /// <param name="extraAttributes">Attributes given separately (<c>#tag</c>), or <see langword="null"/>.</param>
    /// <returns>The marker.</returns>
    public string ExtensionSubstitution(string name, string attributeText, string? content, string? closingTag, IEnumerable<KeyValuePair<string, string>>? extraAttributes)
    {
        if (_session.PreprocessOnly)
        {
            // Template expansion only: the tag is written back as it was, behind a marker.
            var source = new System.Text.StringBuilder().Append('<').Append(name).Append(attributeText);
            foreach (var (key, value) in extraAttributes ?? [])
            {
                source.Append(' ').Append(Sanitization.Sanitizer.HtmlSpecialChars(key, quotes: true)).Append("=\"").Append(Sanitization.Sanitizer.HtmlSpecialChars(value, quotes: false)).Append('"');
            }

            source.Append(content is null ? "/>" : ">" + content + closingTag);
            return _session.StripState.AddGeneral(name, source.ToString());
        }

        var lowerName = AsciiText.ToLower(name);
        var attributes = Sanitizer.DecodeTagAttributes(attributeText);
        if (extraAttributes is not null)
        {
            foreach (var (key, value) in extraAttributes)
            {
                attributes.TryAdd(key, value);
            }
        }

        string output;
        var kind = lowerName == "nowiki" ? StripMarkerKind.NoWiki : StripMarkerKind.General;
        if (_session.Pipeline.TryGetTagExtension(lowerName, out var extension))
        {
            var result = extension.Render(new TagInvocation(lowerName, content, attributes, this, _session));
            output = result.Output ?? string.Empty;
            kind = result.MarkerKind;
        }
        else
        {
            output = "<span class=\"error\">Invalid tag extension name: " + Sanitization.Sanitizer.HtmlSpecialChars(lowerName, quotes: true) + "</span>";
        }

        return kind switch
        {
            StripMarkerKind.None => output,
            StripMarkerKind.NoWiki => _session.StripState.AddNoWiki(name, output),
            _ => _session.StripState.AddGeneral(name, output),
        };
    }

    /// <summary>
    /// The logic of <c>{{#tag:name|content|attr=value}}</c> after its arguments are expanded: a
    /// registered tag runs as an extension tag; any other name is written back as an ordinary HTML
    /// tag with escaped attributes (MediaWiki's CoreParserFunctions::tagObj).
    /// </summary>
    /// <param name="tagName">The tag name, lowercase and trimmed.</param>
    /// <param name="content">The content, or <see langword="null"/> when none was given.</param>
    /// <param name="attributes">The attributes in order (a later duplicate replaces the value, keeping the position).</param>
    /// <returns>The strip marker, or the tag as text.</returns>
    public string TagFunction(string tagName, string? content, IReadOnlyList<KeyValuePair<string, string>> attributes)
    {
        var ordered = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in attributes)
        {
            ordered[key] = value;
        }

        if (!_session.Pipeline.TagNames.Contains(tagName))
        {
            var attributeText = new System.Text.StringBuilder();
            foreach (var (key, value) in ordered)
            {
                attributeText.Append(' ').Append(Sanitization.Sanitizer.HtmlSpecialChars(key, quotes: true)).Append("=\"").Append(Sanitization.Sanitizer.HtmlSpecialChars(value, quotes: false)).Append('"');
            }

            return content is null
                ? "<" + tagName + attributeText + "/>"
                : "<" + tagName + attributeText + ">" + content + "</" + tagName + ">";
        }

        return ExtensionSubstitution(tagName, string.Empty, content, "</" + tagName + ">", ordered);
    }
}
