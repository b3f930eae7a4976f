using System.Text;
using System.Text.RegularExpressions;

namespace Athenaeum.Wikitext.LanguageConversion;

/// <content>The rules of a block: parsing them, the text and title they give, and the table they make.</content>
internal sealed partial class ConverterRule
{
    /// <summary>PHP's trim(): only ASCII whitespace and NUL, not the ideographic space.</summary>
    internal static readonly char[] PhpWhitespace = [' ', '\t', '\n', '\r', '\0', '\x0B'];

    // "zh-cn:X;zh-tw:Y" and "X=>zh-cn:Y;…": each entry is "variant:text" or "from=>variant:text".
    private void ParseRules()
    {
        var bidirectional = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        var unidirectional = new OrderedDictionary<string, OrderedDictionary<string, string>>(StringComparer.Ordinal);

        // The ";" of an entity such as "&amp;" never separates entries.
        var rules = EntitySemicolonRegex().Replace(_rules, "$1\x01");
        foreach (var raw in _converter.VariantSeparator.Split(rules))
        {
            var choice = raw.Replace('\x01', ';');
            var colon = choice.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var to = choice[(colon + 1)..].Trim(PhpWhitespace);
            var left = choice[..colon].Trim(PhpWhitespace);
            var arrow = left.IndexOf("=>", StringComparison.Ordinal);
            string? variant;
            if (arrow < 0)
            {
                variant = _converter.ValidateVariant(left);
                if (to.Length > 0 && variant is not null)
                {
                    bidirectional[variant] = to;
                }
            }
            else
            {
                var from = left[..arrow].Trim(PhpWhitespace);
                variant = _converter.ValidateVariant(left[(arrow + 2)..].Trim(PhpWhitespace));
                if (from.Length > 0 && variant is not null)
                {
                    if (!unidirectional.TryGetValue(variant, out var pairs))
                    {
                        pairs = new OrderedDictionary<string, string>(StringComparer.Ordinal);
                        unidirectional[variant] = pairs;
                    }

                    pairs[from] = to;
                }
            }

            if (variant is null)
            {
                // A syntax error drops every rule of the block.
                bidirectional.Clear();
                unidirectional.Clear();
                break;
            }
        }

        _bidirectional = bidirectional;
        _unidirectional = unidirectional;
    }

    /// <summary>The text of the rules in <paramref name="variant"/> (MediaWiki's getRuleConvertedStr), or null.</summary>
    private string? ConvertedText(string variant)
    {
        if (_bidirectional.Count + _unidirectional.Count == 0)
        {
            return _rules;
        }

        var text = TextIn(variant) ?? TextIn(_converter.GetFallbacks(variant));
        if (text is null && _unidirectional.TryGetValue(variant, out var pairs))
        {
            text = pairs.GetAt(0).Value;
        }

        if (text is null && _converter.GetManualLevel(variant) == ManualConversionLevel.Disable)
        {
            text = _bidirectional.Count > 0 ? _bidirectional.GetAt(0).Value : _unidirectional.GetAt(0).Value.GetAt(0).Value;
        }

        return text;
    }

    /// <summary>The title a <c>T</c> block sets; null in the main variant unless the block names it.</summary>
    private string? ConvertedTitle(string variant)
    {
        if (string.Equals(variant, _converter.MainCode, StringComparison.Ordinal))
        {
            return _bidirectional.TryGetValue(variant, out var text) ? text : null;
        }

        return ConvertedText(variant);
    }

    private string? TextIn(string variant) => _bidirectional.TryGetValue(variant, out var text) ? text : null;

    private string? TextIn(IReadOnlyList<string> variants)
    {
        foreach (var variant in variants)
        {
            if (_bidirectional.TryGetValue(variant, out var text))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>The <c>D</c> flag's description of the rules ("大陆：XA；臺灣：YA；").</summary>
    private string Describe()
    {
        var codeSeparator = _converter.DescriptionCodeSeparator;
        var variantSeparator = _converter.DescriptionVariantSeparator;
        var sb = new StringBuilder();
        foreach (var (variant, text) in _bidirectional)
        {
            sb.Append(_converter.GetVariantName(variant)).Append(codeSeparator).Append(text).Append(variantSeparator);
        }

        foreach (var (variant, pairs) in _unidirectional)
        {
            foreach (var (from, to) in pairs)
            {
                sb.Append(from).Append('⇒').Append(_converter.GetVariantName(variant)).Append(codeSeparator).Append(to).Append(variantSeparator);
            }
        }

        return sb.ToString();
    }

    // Every variant gets the pairs that turn the other variants' texts into its own (bidirectional),
    // plus its one-way pairs; variants without a text borrow their fallback's.
    private void GenerateConversionTable()
    {
        if (_bidirectional.Count == 0 && _unidirectional.Count == 0)
        {
            return;
        }

        var marked = new List<string>();
        foreach (var variant in _converter.Variants)
        {
            if (!_bidirectional.ContainsKey(variant) && TextIn(_converter.GetFallbacks(variant)) is { Length: > 0 } borrowed && borrowed != "0")
            {
                _bidirectional[variant] = borrowed;
            }

            if (_bidirectional.TryGetValue(variant, out var text))
            {
                foreach (var other in marked)
                {
                    if (_converter.GetManualLevel(variant) == ManualConversionLevel.Bidirectional)
                    {
                        TableOf(variant)[_bidirectional[other]] = text;
                    }

                    if (_converter.GetManualLevel(other) == ManualConversionLevel.Bidirectional)
                    {
                        TableOf(other)[text] = _bidirectional[other];
                    }
                }

                marked.Add(variant);
            }

            if (_converter.GetManualLevel(variant) != ManualConversionLevel.Disable && _unidirectional.TryGetValue(variant, out var pairs))
            {
                // PHP's "$unid + $table": the one-way pairs win over the two-way ones.
                var merged = new OrderedDictionary<string, string>(pairs, StringComparer.Ordinal);
                if (ConversionTable.TryGetValue(variant, out var existing))
                {
                    foreach (var (from, to) in existing)
                    {
                        merged.TryAdd(from, to);
                    }
                }

                ConversionTable[variant] = merged;
            }
        }
    }

    private OrderedDictionary<string, string> TableOf(string variant)
    {
        if (!ConversionTable.TryGetValue(variant, out var table))
        {
            table = new OrderedDictionary<string, string>(StringComparer.Ordinal);
            ConversionTable[variant] = table;
        }

        return table;
    }

    [GeneratedRegex("(&[#a-zA-Z0-9]+);", RegexOptions.CultureInvariant)]
    private static partial Regex EntitySemicolonRegex();
}
