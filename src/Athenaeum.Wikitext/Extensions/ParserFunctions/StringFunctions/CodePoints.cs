using System.Text;

namespace Athenaeum.Wikitext.Extensions.ParserFunctions.StringFunctions;

/// <summary>
/// Text as a sequence of Unicode code points, so that lengths and offsets count characters as
/// PHP's mb_* functions do (not UTF-16 units).
/// </summary>
internal readonly struct CodePoints
{
    private readonly Rune[] _runes;

    /// <summary>Initializes a new instance of the <see cref="CodePoints"/> struct.</summary>
    /// <param name="text">The text.</param>
    public CodePoints(string text)
    {
        _runes = [.. text.EnumerateRunes()];
    }

    /// <summary>Gets the number of code points (mb_strlen).</summary>
    public int Length => _runes.Length;

    /// <summary>Gets the code points from <paramref name="start"/> for <paramref name="count"/> as text.</summary>
    /// <param name="start">The first code point.</param>
    /// <param name="count">How many.</param>
    /// <returns>The text.</returns>
    public string Slice(int start, int count)
    {
        var sb = new StringBuilder(count);
        for (var i = start; i < start + count; i++)
        {
            sb.Append(_runes[i].ToString());
        }

        return sb.ToString();
    }

    /// <summary>Finds a needle at or after a code-point offset (mb_strpos); -1 when absent.</summary>
    /// <param name="needle">The needle.</param>
    /// <param name="from">The first position to try.</param>
    /// <returns>The code-point index, or -1.</returns>
    public int IndexOf(CodePoints needle, int from)
    {
        for (var i = from; i + needle.Length <= Length; i++)
        {
            if (MatchesAt(needle, i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Finds the last occurrence of a needle (mb_strrpos); -1 when absent.</summary>
    /// <param name="needle">The needle.</param>
    /// <returns>The code-point index, or -1.</returns>
    public int LastIndexOf(CodePoints needle)
    {
        for (var i = Length - needle.Length; i >= 0; i--)
        {
            if (MatchesAt(needle, i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Takes a substring as PHP's mb_substr: negative start counts from the end, negative length stops before the end.</summary>
    /// <param name="start">The start.</param>
    /// <param name="length">The length, or <see langword="null"/> for the rest.</param>
    /// <returns>The substring.</returns>
    public string Substring(long start, long? length)
    {
        var n = Length;
        var from = start < 0 ? Math.Max(0, n + start) : Math.Min(n, start);
        var to = length switch
        {
            null => n,
            < 0 => n + length.Value,
            _ => Math.Min(n, from + length.Value),
        };
        return to <= from ? string.Empty : Slice((int)from, (int)(to - from));
    }

    private bool MatchesAt(CodePoints needle, int i)
    {
        for (var j = 0; j < needle.Length; j++)
        {
            if (_runes[i + j] != needle._runes[j])
            {
                return false;
            }
        }

        return true;
    }
}
