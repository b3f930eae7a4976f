namespace Athenaeum.Wikitext.LanguageConversion;

/// <summary>
/// One <c>-{flags|rules}-</c> block (MediaWiki's ConverterRule): its flags, its bidirectional
/// (<c>zh-cn:X; zh-tw:Y</c>) and unidirectional (<c>X=&gt;zh-tw:Y</c>) rules, what it displays in the
/// target variant, the title it sets (<c>T</c>) and the pairs it adds to or removes from the page's
/// tables (<c>A</c>, <c>H</c>, <c>-</c>).
/// </summary>
/// <remarks>Not thread-safe: built and read by one render.</remarks>
internal sealed partial class ConverterRule
{
    private static readonly string[] KnownFlags = ["A", "T", "R", "D", "-", "H", "N"];

    private readonly ConversionSession _session;
    private readonly LanguageConverter _converter;
    private List<string> _flags = [];
    private HashSet<string> _variantFlags = new(StringComparer.Ordinal);
    private string _rules;

    // Insertion order matters: it decides which variant fills the others (MediaWiki iterates its arrays in order).
    private OrderedDictionary<string, string> _bidirectional = new(StringComparer.Ordinal);
    private OrderedDictionary<string, OrderedDictionary<string, string>> _unidirectional = new(StringComparer.Ordinal);

    public ConverterRule(string text, ConversionSession session)
    {
        _rules = text;
        _session = session;
        _converter = session.Converter;
        ParseFlags(text);
    }

    /// <summary>Gets the text shown where the block was.</summary>
    public string Display { get; private set; } = string.Empty;

    /// <summary>Gets the page title the block sets (<c>T</c> flag), or null.</summary>
    public string? Title { get; private set; }

    /// <summary>Gets whether the block adds (<c>true</c>), removes (<c>false</c>) or leaves (null) the page's pairs.</summary>
    public bool? AddsRules { get; private set; }

    /// <summary>Gets the pairs per variant the block adds or removes.</summary>
    public OrderedDictionary<string, OrderedDictionary<string, string>> ConversionTable { get; } = new(StringComparer.Ordinal);

    /// <summary>Works out display, title and tables for the target <paramref name="variant"/>.</summary>
    public void Parse(string variant)
    {
        if (_variantFlags.Count > 0)
        {
            // -{zh-hans;zh-hant|text}-: the text is converted to the first of the variant and its
            // fallbacks that is listed, and shown raw otherwise.
            if (_variantFlags.Contains(variant))
            {
                _rules = _session.AutoConvert(_rules, variant);
            }
            else
            {
                foreach (var fallback in _converter.GetFallbacks(variant))
                {
                    if (_variantFlags.Contains(fallback))
                    {
                        _rules = _session.AutoConvert(_rules, fallback);
                        break;
                    }
                }
            }

            _flags = ["R"];
        }

        if (!HasFlag("R") && !HasFlag("N"))
        {
            // The sanitizer escaped the ">" of "=>".
            _rules = _rules.Replace("=&gt;", "=>", StringComparison.Ordinal);
            ParseRules();
        }

        if (_bidirectional.Count == 0 && _unidirectional.Count == 0)
        {
            if (HasFlag("+") || HasFlag("-"))
            {
                // -{A|text}- without rules: the text maps to itself in every variant.
                if (_rules.Length > 0)
                {
                    foreach (var v in _converter.Variants)
                    {
                        _bidirectional[v] = _rules;
                    }
                }
            }
            else if (!HasFlag("N") && !HasFlag("T"))
            {
                _flags = ["R"];
            }
        }

        ApplyFlags(variant);
        GenerateConversionTable();
    }

    private bool HasFlag(string flag) => _flags.Contains(flag);

    // MediaWiki walks the flags in the order they were written; a later flag overrides the display of
    // an earlier one (so "A;D" shows nothing: D describes, then the "+" added for A hides).
    private void ApplyFlags(string variant)
    {
        string? display = null;
        foreach (var flag in _flags)
        {
            switch (flag)
            {
                case "R":
                    display = _rules;
                    break;
                case "N":
                    display = _converter.GetVariantName(_rules.Trim()) ?? string.Empty;
                    break;
                case "D":
                    display = Describe();
                    break;
                case "H":
                    display = string.Empty;
                    break;
                case "-":
                    AddsRules = false;
                    display = string.Empty;
                    break;
                case "+":
                    AddsRules = true;
                    display = string.Empty;
                    break;
                case "S":
                    display = ConvertedText(variant) ?? string.Empty;
                    break;
                case "T":
                    Title = ConvertedTitle(variant);
                    display = string.Empty;
                    break;
                default:
                    break;
            }
        }

        Display = display is null ? "<span class=\"error\">Error detected in manual language conversion rule</span>" : ConversionSafety.Neutralize(display);
    }

    private void ParseFlags(string text)
    {
        var flags = new List<string>();
        var separator = text.IndexOf('|', StringComparison.Ordinal);
        if (separator >= 0)
        {
            foreach (var part in text[..separator].Split(';'))
            {
                var flag = part.Trim();
                if ((Array.IndexOf(KnownFlags, flag) >= 0 || _converter.HasVariant(flag)) && !flags.Contains(flag))
                {
                    flags.Add(flag);
                }
            }

            text = text[(separator + 1)..];
        }

        if (flags.Count == 0)
        {
            flags.Add("S");
        }
        else if (flags.Contains("R"))
        {
            flags = ["R"];
        }
        else if (flags.Contains("N"))
        {
            flags = ["N"];
        }
        else if (flags.Contains("-"))
        {
            flags = ["-"];
        }
        else if (flags.Count == 1 && flags[0] == "T")
        {
            flags.Add("H");
        }
        else if (flags.Contains("H"))
        {
            // H replaces A; only T and D stay beside it.
            var kept = new List<string> { "+", "H" };
            if (flags.Contains("T"))
            {
                kept.Add("T");
            }

            if (flags.Contains("D"))
            {
                kept.Add("D");
            }

            flags = kept;
        }
        else
        {
            if (flags.Contains("A"))
            {
                AddFlag(flags, "+");
                AddFlag(flags, "S");
            }

            if (flags.Contains("D"))
            {
                flags.Remove("S");
            }

            // -{zh-hans;zh-hant|text}-: variant names as flags.
            var variantFlags = flags.Where(_converter.HasVariant).ToList();
            if (variantFlags.Count > 0)
            {
                _variantFlags = new HashSet<string>(variantFlags, StringComparer.Ordinal);
                flags = [];
            }
        }

        _flags = flags;
        _rules = text;
    }

    private static void AddFlag(List<string> flags, string flag)
    {
        if (!flags.Contains(flag))
        {
            flags.Add(flag);
        }
    }
}
