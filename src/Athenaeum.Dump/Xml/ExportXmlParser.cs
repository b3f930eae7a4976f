using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using Athenaeum.Dump.Input;

namespace Athenaeum.Dump.Xml;

/// <summary>
/// Reads a MediaWiki XML export (schema 0.8 to 0.11) with one forward-only <see cref="XmlReader"/>: the root and
/// <c>siteinfo</c> first, then one <c>page</c> at a time. Unknown elements are skipped.
/// </summary>
/// <remarks>Not thread-safe; one thread reads at a time (the reader may be handed from thread to thread).</remarks>
internal sealed partial class ExportXmlParser : IDisposable
{
    private static readonly string[] SupportedVersions = ["0.8", "0.9", "0.10", "0.11"];

    private readonly string _path;
    private readonly DumpReaderOptions _options;
    private readonly TrackedInputStream _input;
    private readonly XmlReader _reader;
    private readonly IXmlLineInfo _lineInfo;
    private readonly ExportNames _names;
    private string? _currentTitle;
    private bool _atEnd;
    private bool _afterPage;

    /// <summary>Initializes a new instance of the <see cref="ExportXmlParser"/> class.</summary>
    /// <param name="path">The dump file, for messages.</param>
    /// <param name="source">Where the XML bytes come from; not owned.</param>
    /// <param name="options">Limits.</param>
    public ExportXmlParser(string path, XmlInputSource source, DumpReaderOptions options)
    {
        _path = path;
        _options = options;
        _input = new TrackedInputStream(source);
        var settings = new XmlReaderSettings
        {
            IgnoreWhitespace = true,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            CheckCharacters = false,
            CloseInput = false,
            NameTable = new NameTable(),
        };
        _names = new ExportNames(settings.NameTable);
        _reader = XmlReader.Create(_input, settings);
        _lineInfo = (IXmlLineInfo)_reader;
    }

    /// <summary>Gets how many XML bytes the parser has been given.</summary>
    public long UncompressedBytesRead => _input.BytesDelivered;

    /// <summary>Reads the root element and <c>siteinfo</c>, stopping at the first page.</summary>
    /// <returns>The site information.</returns>
    /// <exception cref="DumpFormatException">The XML is malformed or the schema version is unsupported.</exception>
    public SiteInfo ReadHeader() => Guard(ReadHeaderCore);

    /// <summary>Reads the next page.</summary>
    /// <returns>The page, or <see langword="null"/> after the last one.</returns>
    /// <exception cref="DumpFormatException">The XML or a value in it is malformed, or the input is corrupt.</exception>
    /// <exception cref="OperationCanceledException">The input was stopped.</exception>
    public DumpPage? ReadNextPage() => Guard(ReadNextPageCore);

    /// <inheritdoc/>
    public void Dispose()
    {
        _reader.Dispose();
        _input.Dispose();
    }

    [GeneratedRegex(@"export-(?<version>[0-9]+\.[0-9]+)/?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SchemaNamespaceVersion();

    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (XmlException ex)
        {
            var offset = _input.Locate(ex.LineNumber, Math.Max(0, ex.LinePosition - 1), prune: false);
            throw new DumpFormatException(_path, offset, _currentTitle, "malformed XML: " + ex.Message, ex);
        }
        catch (DumpFormatException ex) when (ex.PageTitle is null && _currentTitle is not null)
        {
            throw new DumpFormatException(ex.FilePath, ex.ByteOffset, _currentTitle, ex.Problem, ex.InnerException ?? ex);
        }
    }

    private SiteInfo ReadHeaderCore()
    {
        if (_reader.MoveToContent() != XmlNodeType.Element || !ReferenceEquals(_reader.LocalName, _names.MediaWiki))
        {
            throw Bad(_reader.NodeType == XmlNodeType.None
                ? "the file holds no XML element"
                : $"the root element is <{_reader.Name}>, not <mediawiki>: this is not a MediaWiki XML export");
        }

        var version = _reader.GetAttribute("version");
        if (string.IsNullOrEmpty(version))
        {
            var match = SchemaNamespaceVersion().Match(_reader.NamespaceURI);
            version = match.Success ? match.Groups["version"].Value : null;
        }

        if (version is null || Array.IndexOf(SupportedVersions, version) < 0)
        {
            throw Bad($"unsupported export schema version {version ?? "(none given)"}: supported versions are {string.Join(", ", SupportedVersions)}");
        }

        var xmlLang = _reader.GetAttribute("lang", ExportNames.XmlNamespace);
        var site = new SiteFields();
        if (_reader.IsEmptyElement)
        {
            _ = _reader.Read();
            _atEnd = true;
        }
        else
        {
            _ = _reader.Read();
            while (_reader.MoveToContent() == XmlNodeType.Element && !ReferenceEquals(_reader.LocalName, _names.Page))
            {
                if (ReferenceEquals(_reader.LocalName, _names.SiteInfo))
                {
                    ReadSiteInfo(site);
                }
                else
                {
                    _reader.Skip();
                }
            }
        }

        var language = SiteLanguage.Derive(xmlLang, site.DatabaseName, site.Base);
        return new SiteInfo(site.SiteName, site.DatabaseName, site.Base, site.Generator, site.Case, site.Namespaces, language, version);
    }

    private void ReadSiteInfo(SiteFields site)
    {
        if (_reader.IsEmptyElement)
        {
            _ = _reader.Read();
            return;
        }

        _ = _reader.Read();
        while (_reader.MoveToContent() == XmlNodeType.Element)
        {
            var name = _reader.LocalName;
            if (ReferenceEquals(name, _names.SiteName))
            {
                site.SiteName = _reader.ReadElementContentAsString();
            }
            else if (ReferenceEquals(name, _names.DbName))
            {
                site.DatabaseName = _reader.ReadElementContentAsString();
            }
            else if (ReferenceEquals(name, _names.Base))
            {
                site.Base = _reader.ReadElementContentAsString();
            }
            else if (ReferenceEquals(name, _names.Generator))
            {
                site.Generator = _reader.ReadElementContentAsString();
            }
            else if (ReferenceEquals(name, _names.Case))
            {
                site.Case = _reader.ReadElementContentAsString();
            }
            else if (ReferenceEquals(name, _names.Namespaces))
            {
                ReadNamespaces(site);
            }
            else
            {
                _reader.Skip();
            }
        }

        ReadEndElement();
    }

    private void ReadNamespaces(SiteFields site)
    {
        if (_reader.IsEmptyElement)
        {
            _ = _reader.Read();
            return;
        }

        _ = _reader.Read();
        while (_reader.MoveToContent() == XmlNodeType.Element)
        {
            if (!ReferenceEquals(_reader.LocalName, _names.Namespace))
            {
                _reader.Skip();
                continue;
            }

            var keyText = _reader.GetAttribute("key");
            if (!int.TryParse(keyText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var key))
            {
                throw Bad($"<namespace> has no integer key: \"{keyText}\"");
            }

            var caseRule = _reader.GetAttribute(_names.Case) ?? site.Case;
            var name = _reader.ReadElementContentAsString();
            site.Namespaces.Add(new NamespaceDefinition(key, name, caseRule));
        }

        ReadEndElement();
    }

    private void ReadEndElement()
    {
        if (_reader.NodeType == XmlNodeType.None)
        {
            throw Bad("the XML ends inside an element");
        }

        _reader.ReadEndElement();
    }

    private DumpFormatException Bad(string problem)
    {
        var offset = _input.Locate(_lineInfo.LineNumber, Math.Max(0, _lineInfo.LinePosition - 2), prune: false);
        return new DumpFormatException(_path, offset, _currentTitle, problem);
    }

    private sealed class SiteFields
    {
        public string SiteName { get; set; } = string.Empty;

        public string DatabaseName { get; set; } = string.Empty;

        public string Base { get; set; } = string.Empty;

        public string Generator { get; set; } = string.Empty;

        public string Case { get; set; } = "first-letter";

        public List<NamespaceDefinition> Namespaces { get; } = [];
    }
}
