using System.Text;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.LanguageConversion;

/// <content>Finding <c>-{ }-</c> blocks and the markup conversion leaves alone.</content>
internal sealed partial class ConversionSession
{
    private const string DepthWarning = "<span class=\"error\">Language converter depth limit exceeded (10)</span>";
    private const string OutputWarning = "<span class=\"error\">Language converter output limit exceeded</span>";

    /// <summary>Converts text and its top-level blocks (MediaWiki's recursiveConvertTopLevel).</summary>
    private string ConvertTopLevel(string text, string variant)
    {
        var shouldConvert = !Converter.IsAlreadyInVariant(text, variant);
        var sb = new StringBuilder(text.Length);
        var pos = 0;
        while (pos < text.Length)
        {
            var open = FindOpeningOutsideHtml(text, pos);
            if (open < 0)
            {
                var rest = text[pos..];
                sb.Append(shouldConvert ? AutoConvert(rest, variant) : rest);
                break;
            }

            var segment = text[pos..open];
            sb.Append(shouldConvert ? AutoConvert(segment, variant) : segment);
            pos = open;
            sb.Append(ConvertBlock(text, variant, ref pos));
        }

        return sb.ToString();
    }

    /// <summary>
    /// Converts the block opening at <paramref name="pos"/> and moves past it (MediaWiki's recursiveConvertRule).
    /// The nesting depth is the session's, so blocks inside converted title/alt attributes count too.
    /// </summary>
    private string ConvertBlock(string text, string variant, ref int pos)
    {
        _depth++;
        try
        {
            return ConvertBlockAtDepth(text, variant, ref pos, _depth);
        }
        finally
        {
            _depth--;
        }
    }

    private string ConvertBlockAtDepth(string text, string variant, ref int pos, int depth)
    {
        pos += 2;
        var inner = new StringBuilder();
        var warned = false;
        while (pos < text.Length)
        {
            var next = FindBlockToken(text, pos);
            if (next < 0)
            {
                break;
            }

            inner.Append(text, pos, next - pos);
            pos = next;
            if (text[next] == '-')
            {
                if (depth >= MaxDepth)
                {
                    inner.Append("-{");
                    if (!warned)
                    {
                        inner.Append(DepthWarning);
                        warned = true;
                    }

                    pos += 2;
                }
                else
                {
                    inner.Append(ConvertBlock(text, variant, ref pos));
                }
            }
            else
            {
                pos += 2;
                if (_produced > MaxOutputCharacters)
                {
                    return OutputWarning;
                }

                var rule = new ConverterRule(inner.ToString(), this);
                rule.Parse(variant);
                // A "D" block shows its text once per variant, and nested ones multiply that: the page's blocks
                // together may show at most MaxOutputCharacters (MediaWiki has no bound: 10 nested Chinese
                // blocks would be 9^10 copies).
                _produced += rule.Display.Length;
                if (_produced > MaxOutputCharacters)
                {
                    return OutputWarning;
                }

                Apply(rule);
                return rule.Display;
            }
        }

        // An unclosed block stays as text, converted.
        if (pos < text.Length)
        {
            inner.Append(text, pos, text.Length - pos);
        }

        pos = text.Length;
        return "-{" + AutoConvert(inner.ToString(), variant);
    }

    /// <summary>The next "-{" or "}-" at or after <paramref name="pos"/>, or -1.</summary>
    private static int FindBlockToken(string text, int pos)
    {
        for (var i = pos; i + 1 < text.Length; i++)
        {
            if ((text[i] == '-' && text[i + 1] == '{') || (text[i] == '}' && text[i + 1] == '-'))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The next "-{" that is not inside a tag, a one-line script or style element, or -1.</summary>
    private static int FindOpeningOutsideHtml(string text, int pos)
    {
        var i = pos;
        while (i + 1 < text.Length)
        {
            var c = text[i];
            if (c == '<')
            {
                i = SkipHtml(text, i);
            }
            else if (c == '-' && text[i + 1] == '{')
            {
                return i;
            }
            else
            {
                i++;
            }
        }

        return -1;
    }

    private static int SkipHtml(string text, int pos)
    {
        var lineEnd = text.IndexOf('\n', pos);
        if (lineEnd < 0)
        {
            lineEnd = text.Length;
        }

        foreach (var name in (ReadOnlySpan<string>)["script", "style"])
        {
            if (StartsWithAt(text, pos + 1, name))
            {
                var gt = text.IndexOf('>', pos + 1 + name.Length, lineEnd - pos - 1 - name.Length);
                var close = gt < 0 ? -1 : text.IndexOf("</" + name + ">", gt + 1, lineEnd - gt - 1, StringComparison.Ordinal);
                if (close >= 0)
                {
                    return close + name.Length + 3;
                }
            }
        }

        var tagEnd = MatchTag(text, pos);
        return tagEnd >= 0 ? tagEnd : Math.Max(lineEnd, pos + 1);
    }

    /// <summary>Converts the title and alt attributes of a tag (not URLs); other markup is returned as is.</summary>
    private string ConvertAttributes(string element, string variant)
    {
        if (element.Length < 2 || element[0] != '<')
        {
            return element;
        }

        var nameEnd = 1;
        while (nameEnd < element.Length && element[nameEnd] != '>' && !IsPcreSpace(element[nameEnd]))
        {
            nameEnd++;
        }

        if (nameEnd >= element.Length || !IsPcreSpace(element[nameEnd]))
        {
            return element;
        }

        var attributesEnd = element.IndexOf('>', nameEnd + 1);
        if (attributesEnd < 0)
        {
            attributesEnd = element.Length;
        }

        var rest = element[attributesEnd..];
        var newline = rest.IndexOf('\n', StringComparison.Ordinal);
        if (newline >= 0 && newline != rest.Length - 1)
        {
            return element;
        }

        var attributeText = element[(nameEnd + 1)..attributesEnd];
        if (!attributeText.Contains("title", StringComparison.OrdinalIgnoreCase) && !attributeText.Contains("alt", StringComparison.OrdinalIgnoreCase))
        {
            return element;
        }

        var attributes = Sanitizer.DecodeTagAttributes(attributeText);
        var changed = false;
        foreach (var name in (ReadOnlySpan<string>)["title", "alt"])
        {
            if (!attributes.TryGetValue(name, out var value) || value.IndexOf("://", StringComparison.Ordinal) > 0)
            {
                continue;
            }

            var converted = ConvertTopLevel(value, variant);
            if (!string.Equals(converted, value, StringComparison.Ordinal))
            {
                attributes[name] = converted;
                changed = true;
            }
        }

        if (!changed)
        {
            return element;
        }

        var sb = new StringBuilder(element.Length + 16).Append(element, 0, nameEnd);
        foreach (var (name, value) in attributes)
        {
            sb.Append(' ').Append(name).Append("=\"").Append(EscapeAttribute(value)).Append('"');
        }

        if (attributeText.EndsWith('/'))
        {
            sb.Append(" /");
        }

        return sb.Append(rest).ToString();
    }

    private static string EscapeAttribute(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '"' => sb.Append("&quot;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '\n' => sb.Append("&#10;"),
                '\r' => sb.Append("&#13;"),
                '\t' => sb.Append("&#9;"),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }
}
