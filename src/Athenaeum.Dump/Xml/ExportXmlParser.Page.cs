using System.Globalization;
using System.Xml;

namespace Athenaeum.Dump.Xml;

/// <summary>Pages and revisions.</summary>
internal sealed partial class ExportXmlParser
{
    private DumpPage? ReadNextPageCore()
    {
        if (_afterPage)
        {
            // The previous page ended on its end tag; moving past it may need the next bz2 stream, whose faults
            // belong after that page, not inside it.
            _afterPage = false;
            _currentTitle = null;
            _ = _reader.Read();
        }

        while (!_atEnd)
        {
            switch (_reader.MoveToContent())
            {
                case XmlNodeType.Element when ReferenceEquals(_reader.LocalName, _names.Page):
                    return ReadPage();
                case XmlNodeType.Element:
                    _reader.Skip();
                    break;
                case XmlNodeType.EndElement:
                    // </mediawiki>: read on to the end so that trailing garbage is reported.
                    _currentTitle = null;
                    while (_reader.Read())
                    {
                    }

                    _atEnd = true;
                    break;
                case XmlNodeType.None:
                    _currentTitle = null;
                    throw Bad("the XML ends before </mediawiki>");
                default:
                    _ = _reader.Read();
                    break;
            }
        }

        return null;
    }

    private DumpPage ReadPage()
    {
        _currentTitle = null;

        // The reader reports an element at its name, one column after '<'.
        var sourceOffset = _input.Locate(_lineInfo.LineNumber, Math.Max(0, _lineInfo.LinePosition - 2), prune: true);
        if (_reader.IsEmptyElement)
        {
            throw Bad("empty <page/> element");
        }

        _ = _reader.Read();
        string? title = null;
        int? ns = null;
        long? id = null;
        string? redirect = null;
        var revisions = new List<DumpRevision>(1);
        long textLength = 0;
        while (StartOfChild())
        {
            var name = _reader.LocalName;
            if (ReferenceEquals(name, _names.Title))
            {
                title = _reader.ReadElementContentAsString();
                _currentTitle = title;
            }
            else if (ReferenceEquals(name, _names.Ns))
            {
                ns = checked((int)ReadInteger("ns"));
            }
            else if (ReferenceEquals(name, _names.Id))
            {
                id = ReadInteger("id");
            }
            else if (ReferenceEquals(name, _names.Redirect))
            {
                redirect = _reader.GetAttribute(_names.Title) ?? string.Empty;
                _reader.Skip();
            }
            else if (ReferenceEquals(name, _names.Revision))
            {
                var revision = ReadRevision();
                textLength += revision.Text?.Length ?? 0;
                if (textLength > _options.MaxPageTextLength)
                {
                    throw Bad(string.Create(
                        CultureInfo.InvariantCulture,
                        $"the page's revisions hold more than {_options.MaxPageTextLength} characters of text (DumpReaderOptions.MaxPageTextLength)"));
                }

                revisions.Add(revision);
            }
            else
            {
                _reader.Skip();
            }
        }

        _afterPage = true;
        if (title is null)
        {
            throw Bad("<page> has no <title>");
        }

        if (ns is null || id is null)
        {
            throw Bad(ns is null ? "<page> has no <ns>" : "<page> has no <id>");
        }

        return new DumpPage(title, ns.Value, id.Value, redirect, revisions, sourceOffset);
    }

    private DumpRevision ReadRevision()
    {
        if (_reader.IsEmptyElement)
        {
            throw Bad("empty <revision/> element");
        }

        _ = _reader.Read();
        long? id = null;
        long? parentId = null;
        DateTimeOffset? timestamp = null;
        DumpContributor? contributor = null;
        string? comment = null;
        var minor = false;
        var model = "wikitext";
        string? format = null;
        string? text = null;
        long? bytes = null;
        string? textSha1 = null;
        string? sha1 = null;
        var deleted = RevisionDeletion.None;
        while (StartOfChild())
        {
            var name = _reader.LocalName;
            if (ReferenceEquals(name, _names.Id))
            {
                id = ReadInteger("revision id");
            }
            else if (ReferenceEquals(name, _names.ParentId))
            {
                parentId = ReadInteger("parentid");
            }
            else if (ReferenceEquals(name, _names.Timestamp))
            {
                timestamp = ReadTimestamp();
            }
            else if (ReferenceEquals(name, _names.Contributor))
            {
                contributor = ReadContributor(ref deleted);
            }
            else if (ReferenceEquals(name, _names.Comment))
            {
                comment = ReadDeletable(RevisionDeletion.Comment, ref deleted);
            }
            else if (ReferenceEquals(name, _names.Minor))
            {
                minor = true;
                _reader.Skip();
            }
            else if (ReferenceEquals(name, _names.Model))
            {
                model = Common(_reader.ReadElementContentAsString());
            }
            else if (ReferenceEquals(name, _names.Format))
            {
                format = Common(_reader.ReadElementContentAsString());
            }
            else if (ReferenceEquals(name, _names.Text))
            {
                bytes = ReadOptionalInteger(_reader.GetAttribute("bytes"), "the bytes attribute of <text>");
                textSha1 = _reader.GetAttribute(_names.Sha1);
                text = ReadDeletable(RevisionDeletion.Text, ref deleted);
            }
            else if (ReferenceEquals(name, _names.Sha1))
            {
                sha1 = _reader.ReadElementContentAsString();
            }
            else
            {
                _reader.Skip();
            }
        }

        ReadEndElement();
        if (id is null || timestamp is null)
        {
            throw Bad(id is null ? "<revision> has no <id>" : "<revision> has no <timestamp>");
        }

        return new DumpRevision(
            id.Value,
            parentId,
            timestamp.Value,
            contributor,
            comment,
            minor,
            model,
            format,
            text,
            bytes,
            string.IsNullOrEmpty(sha1) ? textSha1 : sha1,
            deleted);
    }

    private DumpContributor? ReadContributor(ref RevisionDeletion deleted)
    {
        if (IsDeleted())
        {
            deleted |= RevisionDeletion.Contributor;
            _reader.Skip();
            return null;
        }

        if (_reader.IsEmptyElement)
        {
            _ = _reader.Read();
            return null;
        }

        _ = _reader.Read();
        string? userName = null;
        long? userId = null;
        string? ip = null;
        while (StartOfChild())
        {
            var name = _reader.LocalName;
            if (ReferenceEquals(name, _names.Username))
            {
                userName = _reader.ReadElementContentAsString();
            }
            else if (ReferenceEquals(name, _names.Id))
            {
                userId = ReadInteger("contributor id");
            }
            else if (ReferenceEquals(name, _names.Ip))
            {
                ip = _reader.ReadElementContentAsString();
            }
            else
            {
                _reader.Skip();
            }
        }

        ReadEndElement();
        return new DumpContributor(userName, userId, ip);
    }

    private string? ReadDeletable(RevisionDeletion part, ref RevisionDeletion deleted)
    {
        if (IsDeleted())
        {
            deleted |= part;
            _reader.Skip();
            return null;
        }

        if (_reader.IsEmptyElement)
        {
            _ = _reader.Read();
            return string.Empty;
        }

        return _reader.ReadElementContentAsString();
    }

    private bool IsDeleted() => _reader.HasAttributes && _reader.GetAttribute("deleted") is not null;

    /// <summary>Moves to the next child element of the current element; false at its end tag.</summary>
    private bool StartOfChild()
    {
        while (true)
        {
            switch (_reader.MoveToContent())
            {
                case XmlNodeType.Element:
                    return true;
                case XmlNodeType.EndElement:
                    return false;
                case XmlNodeType.None:
                    throw Bad("the XML ends inside an element");
                default:
                    // Stray text between elements carries nothing the schema defines.
                    _ = _reader.Read();
                    break;
            }
        }
    }
}
