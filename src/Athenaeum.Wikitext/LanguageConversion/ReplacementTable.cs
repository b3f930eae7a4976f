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
    private readonly Dictionary<string, string> _pairs;
    private readonly Dictionary<char, int> _longestByFirstChar = [];

    public ReplacementTable()
        => _pairs = new Dictionary<string, string>(StringComparer.Ordinal);

    public ReplacementTable(IEnumerable<KeyValuePair<string, string>> pairs)
        : this()
    {
        foreach (var (from, to) in pairs)
        {
            Set(from, to);
        }
    }

    /// <summary>Gets the number of pairs.</summary>
    public int Count => _pairs.Count;

    /// <summary>Gets the pairs.</summary>
    public IEnumerable<KeyValuePair<string, string>> Pairs => _pairs;

    /// <summary>Returns a copy that can be changed without changing this table.</summary>
    public ReplacementTable Clone() => new(_pairs);

    /// <summary>Adds or replaces a pair.</summary>
    public void Set(string from, string to)
    {
        if (from.Length == 0)
        {
            return;
        }

        _pairs[from] = to;
        var first = from[0];
        if (!_longestByFirstChar.TryGetValue(first, out var longest) || longest < from.Length)
        {
            _longestByFirstChar[first] = from.Length;
        }
    }

    /// <summary>Removes the pair whose key is <paramref name="from"/>, if any.</summary>
    public void Remove(string from) => _pairs.Remove(from);

    /// <summary>Replaces the keys in <paramref name="text"/> (longest match first, left to right).</summary>
    public string Replace(string text)
    {
        if (_pairs.Count == 0 || text.Length == 0)
        {
            return text;
        }

        var lookup = _pairs.GetAlternateLookup<ReadOnlySpan<char>>();
        StringBuilder? sb = null;
        var copied = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (_longestByFirstChar.TryGetValue(text[i], out var longest))
            {
                var max = Math.Min(longest, text.Length - i);
                var matched = false;
                for (var length = max; length > 0; length--)
                {
                    if (lookup.TryGetValue(text.AsSpan(i, length), out var to))
                    {
                        sb ??= new StringBuilder(text.Length + 16);
                        sb.Append(text, copied, i - copied).Append(to);
                        i += length;
                        copied = i;
                        matched = true;
                        break;
                    }
                }

                if (matched)
                {
                    continue;
                }
            }

            i++;
        }

        if (sb is null)
        {
            return text;
        }

        return sb.Append(text, copied, text.Length - copied).ToString();
    }
}
