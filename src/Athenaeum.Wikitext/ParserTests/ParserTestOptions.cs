using System.Text;

namespace Athenaeum.Wikitext.ParserTests;

/// <summary>
/// The <c>!! options</c> of a parser-test case: names (lowercased, as MediaWiki's reader does) with
/// zero or more values. Values are plain words, <c>"quoted strings"</c>, <c>[[link targets]]</c>
/// (kept without the brackets) or JSON objects (kept as written); a comma separates several values.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class ParserTestOptions
{
    private readonly Dictionary<string, IReadOnlyList<string>> _options;

    private ParserTestOptions(Dictionary<string, IReadOnlyList<string>> options) => _options = options;

    /// <summary>Gets options with nothing set.</summary>
    public static ParserTestOptions Empty { get; } = new(new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal));

    /// <summary>Gets the option names, lowercased.</summary>
    public IEnumerable<string> Names => _options.Keys;

    /// <summary>Parses the text of an <c>!! options</c> section.</summary>
    /// <param name="text">The section text.</param>
    /// <returns>The options.</returns>
    /// <exception cref="FormatException">A quoted value, link target or JSON value is not closed.</exception>
    public static ParserTestOptions Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var options = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var pos = 0;
        while (true)
        {
            SkipSpace(text, ref pos, newlines: true);
            if (pos >= text.Length)
            {
                break;
            }

            var start = pos;
            while (pos < text.Length && !char.IsWhiteSpace(text[pos]) && text[pos] != '=')
            {
                pos++;
            }

            var name = text[start..pos].ToLowerInvariant();
            var values = new List<string>();
            var save = pos;
            SkipSpace(text, ref pos, newlines: false);
            if (pos < text.Length && text[pos] == '=')
            {
                pos++;
                SkipSpace(text, ref pos, newlines: false);
                values.Add(ReadValue(text, ref pos));
                while (true)
                {
                    var before = pos;
                    SkipSpace(text, ref pos, newlines: false);
                    if (pos < text.Length && text[pos] == ',')
                    {
                        pos++;
                        SkipSpace(text, ref pos, newlines: false);
                        values.Add(ReadValue(text, ref pos));
                    }
                    else
                    {
                        pos = before;
                        break;
                    }
                }
            }
            else
            {
                pos = save;
            }

            if (name.Length == 0)
            {
                // A stray character that cannot start a name: skip it rather than loop forever.
                pos++;
                continue;
            }

            options[name] = values;
        }

        return new ParserTestOptions(options);
    }

    /// <summary>Tells whether an option is present.</summary>
    /// <param name="name">The lowercase option name.</param>
    /// <returns><see langword="true"/> when present, with or without a value.</returns>
    public bool Has(string name) => _options.ContainsKey(name);

    /// <summary>Gets the first value of an option.</summary>
    /// <param name="name">The lowercase option name.</param>
    /// <returns>The value, "" for an option without value, or <see langword="null"/> when absent.</returns>
    public string? Get(string name)
        => _options.TryGetValue(name, out var values) ? (values.Count > 0 ? values[0] : string.Empty) : null;

    /// <summary>Gets every value of an option.</summary>
    /// <param name="name">The lowercase option name.</param>
    /// <returns>The values; empty when the option is absent or has no value.</returns>
    public IReadOnlyList<string> GetAll(string name) => _options.TryGetValue(name, out var values) ? values : [];

    private static void SkipSpace(string text, ref int pos, bool newlines)
    {
        while (pos < text.Length && (text[pos] is ' ' or '\t' || (newlines && text[pos] is '\n' or '\r')))
        {
            pos++;
        }
    }

    private static string ReadValue(string text, ref int pos)
    {
        if (pos >= text.Length)
        {
            return string.Empty;
        }

        if (text[pos] == '"')
        {
            var sb = new StringBuilder();
            pos++;
            while (pos < text.Length && text[pos] != '"')
            {
                if (text[pos] == '\\' && pos + 1 < text.Length)
                {
                    pos++;
                }

                sb.Append(text[pos]);
                pos++;
            }

            if (pos >= text.Length)
            {
                throw new FormatException("Unclosed quoted option value: " + text);
            }

            pos++;
            return sb.ToString();
        }

        if (string.CompareOrdinal(text, pos, "[[", 0, 2) == 0)
        {
            var end = text.IndexOf("]]", pos + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                throw new FormatException("Unclosed [[link]] option value: " + text);
            }

            var value = text[(pos + 2)..end];
            pos = end + 2;
            return value;
        }

        if (text[pos] == '{')
        {
            var depth = 0;
            var start = pos;
            var inString = false;
            for (; pos < text.Length; pos++)
            {
                var c = text[pos];
                if (inString)
                {
                    if (c == '\\')
                    {
                        pos++;
                    }
                    else if (c == '"')
                    {
                        inString = false;
                    }
                }
                else if (c == '"')
                {
                    inString = true;
                }
                else if (c == '{')
                {
                    depth++;
                }
                else if (c == '}' && --depth == 0)
                {
                    pos++;
                    return text[start..pos];
                }
            }

            throw new FormatException("Unclosed JSON option value: " + text);
        }

        var from = pos;
        while (pos < text.Length && !char.IsWhiteSpace(text[pos]) && text[pos] != ',')
        {
            pos++;
        }

        return text[from..pos];
    }
}
