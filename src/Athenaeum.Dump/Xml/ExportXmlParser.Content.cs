using System.Globalization;
using System.Text;
using System.Xml;

namespace Athenaeum.Dump.Xml;

/// <summary>
/// Element content with limits: strings are read in chunks so that an oversized value fails before it is held in
/// memory, and skipped elements may not nest deeper than the schema could need.
/// </summary>
internal sealed partial class ExportXmlParser
{
    /// <summary>The longest value of a field other than revision text (titles are at most 255 bytes in MediaWiki).</summary>
    private const int MaxFieldLength = 1 << 20;

    /// <summary>The deepest element nesting accepted; the export schema needs 5.</summary>
    private const int MaxDepth = 64;

    private readonly char[] _chunk = new char[16 * 1024];
    private StringBuilder _content = new();

    /// <summary>Reads the text content of the current element (not text revisions) and moves past its end.</summary>
    private string ReadString()
    {
        var name = _reader.LocalName;
        return ReadContent(MaxFieldLength, () => Bad(string.Create(
            CultureInfo.InvariantCulture, $"<{name}> is longer than {MaxFieldLength} characters")));
    }

    /// <summary>Reads the text content of the current element, failing once it passes <paramref name="limit"/> characters.</summary>
    private string ReadContent(long limit, Func<DumpFormatException> tooLong)
    {
        if (_reader.IsEmptyElement)
        {
            _ = _reader.Read();
            return string.Empty;
        }

        _ = _reader.Read();
        var builder = _content;
        builder.Clear();
        while (true)
        {
            switch (_reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    int read;
                    while ((read = _reader.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
                    {
                        if (builder.Length + read > limit)
                        {
                            throw tooLong();
                        }

                        builder.Append(_chunk, 0, read);
                    }

                    _ = _reader.Read();
                    break;
                case XmlNodeType.EndElement:
                    var value = builder.Length == 0 ? string.Empty : builder.ToString();
                    _ = _reader.Read();

                    // Do not keep the capacity of a huge text for the rest of the dump.
                    if (builder.Capacity > 4 * MaxFieldLength)
                    {
                        _content = new StringBuilder();
                    }

                    return value;
                case XmlNodeType.Element:
                    throw Bad($"<{_reader.LocalName}> inside an element that holds text");
                case XmlNodeType.None:
                    throw Bad("the XML ends inside an element");
                default:
                    _ = _reader.Read();
                    break;
            }
        }
    }

    /// <summary>Skips the current element and its content, refusing absurd nesting.</summary>
    private void SkipElement()
    {
        if (_reader.NodeType != XmlNodeType.Element || _reader.IsEmptyElement)
        {
            _ = _reader.Read();
            return;
        }

        var depth = _reader.Depth;
        while (_reader.Read())
        {
            if (_reader.Depth > MaxDepth)
            {
                throw Bad(string.Create(CultureInfo.InvariantCulture, $"elements nest deeper than {MaxDepth} levels"));
            }

            if (_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == depth)
            {
                _ = _reader.Read();
                return;
            }
        }

        throw Bad("the XML ends inside an element");
    }
}
