using System.Globalization;

namespace Athenaeum.Dump.Input;

/// <summary>The distinct stream offsets of a multistream index, read lazily as the workers need them.</summary>
internal sealed class IndexStreamStarts : IStreamStartProvider
{
    private readonly IndexLineReader _index;
    private readonly string _indexPath;
    private readonly long _minimum;
    private long _last = -1;
    private long _pending = -1;

    /// <summary>Initializes a new instance of the <see cref="IndexStreamStarts"/> class.</summary>
    /// <param name="indexPath">The index file.</param>
    /// <param name="minimum">Offsets below this one are skipped (resuming).</param>
    public IndexStreamStarts(string indexPath, long minimum)
    {
        _indexPath = indexPath;
        _index = new IndexLineReader(indexPath);
        _minimum = minimum;
    }

    /// <inheritdoc/>
    public bool IsAuthoritative => true;

    /// <summary>Reads ahead to the first offset not below the minimum and tells whether it equals the minimum.</summary>
    /// <returns><see langword="true"/> when the index lists a stream at exactly the minimum offset.</returns>
    public bool ListsMinimum() => TryPeek(out var first) && first == _minimum;

    /// <inheritdoc/>
    public bool TryGetNext(out long offset)
    {
        if (!TryPeek(out offset))
        {
            return false;
        }

        _pending = -1;
        return true;
    }

    /// <inheritdoc/>
    public void Dispose() => _index.Dispose();

    private bool TryPeek(out long offset)
    {
        if (_pending >= 0)
        {
            offset = _pending;
            return true;
        }

        while (_index.MoveNext())
        {
            var current = _index.StreamOffset;
            if (current < _last)
            {
                throw new DumpFormatException(_indexPath, _index.LineTextOffset, null, string.Create(
                    CultureInfo.InvariantCulture,
                    $"line {_index.LineNumber} of the multistream index goes back to offset {current} after {_last}"));
            }

            if (current == _last || current < _minimum)
            {
                _last = current;
                continue;
            }

            _last = current;
            _pending = current;
            offset = current;
            return true;
        }

        offset = 0;
        return false;
    }
}
