using System.Text;

namespace Athenaeum.Wikitext.LanguageConversion;

/// <summary>
/// A string-to-string replacement table applied like PHP's <c>strtr</c> with an array (MediaWiki's
/// ReplacementArray): the text is scanned left to right and at each position the longest matching key
/// is replaced; replaced text is never scanned again. Empty keys are ignored.
/// </summary>
/// <remarks>Not thread-safe while it is being changed; a table that is no longer changed can be shared.</remarks>
internal sealed class ReplacementTable
{
    /// <summary>The longest key kept, in characters: matching costs at most this many steps per position of the text.</summary>
    public const int MaxKeyLength = 128;

    /// <summary>The most key characters a table holds (its trie's nodes); pairs past it are not added.</summary>
    public const int MaxKeyCharacters = 500_000;

    private readonly Dictionary<string, string> _pairs = new(StringComparer.Ordinal);

    // A trie over the keys: node 0 is the root, an edge per (node, next character); a node's value is the
    // replacement of the key ending there. Matching walks it once per position (longest match first), so a
    // hostile table of many keys sharing a first character costs no more than one long key.
    private readonly Dictionary<(int Node, char Next), int> _edges = [];
    private readonly List<string?> _values = [null];

    public ReplacementTable()
    {
    }

    public ReplacementTable(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        foreach (var (from, to) in pairs)
        {
            Set(from, to);
        }
    }

    /// <summary>Gets the number of pairs.</summary>
    public int Count => _pairs.Count;

    /// <summary>Adds or replaces a pair. Empty keys, keys longer than <see cref="MaxKeyLength"/> and keys past <see cref="MaxKeyCharacters"/> are ignored.</summary>
    public void Set(string from, string to)
    {
        if (from.Length is 0 or > MaxKeyLength || (!_pairs.ContainsKey(from) && _values.Count + from.Length > MaxKeyCharacters))
        {
            return;
        }

        _pairs[from] = to;
        var node = 0;
        foreach (var c in from)
        {
            if (!_edges.TryGetValue((node, c), out var child))
            {
                child = _values.Count;
                _values.Add(null);
                _edges[(node, c)] = child;
            }

            node = child;
        }

        _values[node] = to;
    }

    /// <summary>Removes the pair whose key is <paramref name="from"/>, if any.</summary>
    public void Remove(string from)
    {
        if (!_pairs.Remove(from))
        {
            return;
        }

        var node = 0;
        foreach (var c in from)
        {
            node = _edges[(node, c)];
        }

        _values[node] = null;
    }

    /// <summary>Replaces the keys in <paramref name="text"/> (longest match first, left to right).</summary>
    public string Replace(string text)
    {
        if (_pairs.Count == 0 || text.Length == 0)
        {
            return text;
        }

        StringBuilder? sb = null;
        var copied = 0;
        var i = 0;
        while (i < text.Length)
        {
            var node = 0;
            var matchLength = 0;
            string? replacement = null;
            for (var j = i; j < text.Length && _edges.TryGetValue((node, text[j]), out node); j++)
            {
                if (_values[node] is { } value)
                {
                    matchLength = j - i + 1;
                    replacement = value;
                }
            }

            if (replacement is null)
            {
                i++;
                continue;
            }

            sb ??= new StringBuilder(text.Length + 16);
            sb.Append(text, copied, i - copied).Append(replacement);
            i += matchLength;
            copied = i;
        }

        if (sb is null)
        {
            return text;
        }

        return sb.Append(text, copied, text.Length - copied).ToString();
    }
}
