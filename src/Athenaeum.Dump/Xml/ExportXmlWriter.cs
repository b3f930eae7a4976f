using System.Globalization;
using System.Text;

namespace Athenaeum.Dump.Xml;

/// <summary>
/// Writes the pieces of a MediaWiki export 0.11 document as Wikimedia's dumps lay them out: the root and siteinfo,
/// each page, and the closing root tag.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ExportXmlWriter
{
    /// <summary>The closing root tag that ends the document (the footer stream of a multistream dump).</summary>
    public const string Footer = "</mediawiki>";

    /// <summary>Writes the root start tag and the siteinfo.</summary>
    /// <param name="output">Where the XML goes.</param>
    /// <param name="site">The site information.</param>
    public static void WriteHeader(StringBuilder output, SiteInfo site)
    {
        output.Append("<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
            .Append("xsi:schemaLocation=\"http://www.mediawiki.org/xml/export-0.11/ http://www.mediawiki.org/xml/export-0.11.xsd\" version=\"0.11\" xml:lang=\"");
        Escape(output, site.Language, "siteinfo", attribute: true);
        output.Append("\">\n  <siteinfo>\n");
        Element(output, "    ", "sitename", site.SiteName, "siteinfo");
        Element(output, "    ", "dbname", site.DatabaseName, "siteinfo");
        Element(output, "    ", "base", site.Base, "siteinfo");
        Element(output, "    ", "generator", site.Generator, "siteinfo");
        Element(output, "    ", "case", site.Case, "siteinfo");
        output.Append("    <namespaces>\n");
        foreach (var ns in site.Namespaces)
        {
            output.Append("      <namespace key=\"").Append(ns.Id.ToString(CultureInfo.InvariantCulture)).Append("\" case=\"");
            Escape(output, ns.Case, "siteinfo", attribute: true);
            if (ns.Name.Length == 0)
            {
                output.Append("\" />\n");
            }
            else
            {
                output.Append("\">");
                Escape(output, ns.Name, "siteinfo", attribute: false);
                output.Append("</namespace>\n");
            }
        }

        output.Append("    </namespaces>\n  </siteinfo>\n");
    }

    /// <summary>Writes one page with its revisions.</summary>
    /// <param name="output">Where the XML goes.</param>
    /// <param name="page">The page.</param>
    /// <exception cref="ArgumentException">A string of the page holds a character XML 1.0 cannot carry.</exception>
    public static void WritePage(StringBuilder output, DumpPage page)
    {
        var where = page.Title;
        output.Append("  <page>\n");
        Element(output, "    ", "title", page.Title, where);
        Element(output, "    ", "ns", page.Namespace.ToString(CultureInfo.InvariantCulture), where);
        Element(output, "    ", "id", page.Id.ToString(CultureInfo.InvariantCulture), where);
        if (page.RedirectTarget is not null)
        {
            output.Append("    <redirect title=\"");
            Escape(output, page.RedirectTarget, where, attribute: true);
            output.Append("\" />\n");
        }

        foreach (var revision in page.Revisions)
        {
            WriteRevision(output, revision, where);
        }

        output.Append("  </page>\n");
    }

    private static void WriteRevision(StringBuilder output, DumpRevision revision, string where)
    {
        output.Append("    <revision>\n");
        Element(output, "      ", "id", revision.Id.ToString(CultureInfo.InvariantCulture), where);
        if (revision.ParentId is { } parentId)
        {
            Element(output, "      ", "parentid", parentId.ToString(CultureInfo.InvariantCulture), where);
        }

        Element(output, "      ", "timestamp", revision.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), where);
        WriteContributor(output, revision, where);
        if (revision.Minor)
        {
            output.Append("      <minor />\n");
        }

        if ((revision.Deleted & RevisionDeletion.Comment) != 0)
        {
            output.Append("      <comment deleted=\"deleted\" />\n");
        }
        else if (revision.Comment is not null)
        {
            Element(output, "      ", "comment", revision.Comment, where);
        }

        Element(output, "      ", "origin", revision.Id.ToString(CultureInfo.InvariantCulture), where);
        Element(output, "      ", "model", revision.Model, where);
        if (revision.Format is not null)
        {
            Element(output, "      ", "format", revision.Format, where);
        }

        WriteText(output, revision, where);
        output.Append("    </revision>\n");
    }

    private static void WriteContributor(StringBuilder output, DumpRevision revision, string where)
    {
        if ((revision.Deleted & RevisionDeletion.Contributor) != 0)
        {
            output.Append("      <contributor deleted=\"deleted\" />\n");
            return;
        }

        if (revision.Contributor is not { } contributor)
        {
            return;
        }

        output.Append("      <contributor>\n");
        if (contributor.UserName is not null)
        {
            Element(output, "        ", "username", contributor.UserName, where);
        }

        if (contributor.UserId is { } userId)
        {
            Element(output, "        ", "id", userId.ToString(CultureInfo.InvariantCulture), where);
        }

        if (contributor.Ip is not null)
        {
            Element(output, "        ", "ip", contributor.Ip, where);
        }

        output.Append("      </contributor>\n");
    }

    private static void WriteText(StringBuilder output, DumpRevision revision, string where)
    {
        var text = revision.Text;
        var bytes = revision.Bytes ?? (text is null ? null : Encoding.UTF8.GetByteCount(text));
        var sha1 = revision.Sha1 ?? (text is null ? null : Base36Sha1.Compute(text));
        output.Append("      <text");
        if (bytes is { } size)
        {
            output.Append(" bytes=\"").Append(size.ToString(CultureInfo.InvariantCulture)).Append('"');
        }

        if (sha1 is not null)
        {
            output.Append(" sha1=\"");
            Escape(output, sha1, where, attribute: true);
            output.Append('"');
        }

        if ((revision.Deleted & RevisionDeletion.Text) != 0 || text is null)
        {
            output.Append((revision.Deleted & RevisionDeletion.Text) != 0 ? " deleted=\"deleted\" />\n" : " />\n");
        }
        else if (text.Length == 0)
        {
            output.Append(" />\n");
        }
        else
        {
            output.Append(" xml:space=\"preserve\">");
            Escape(output, text, where, attribute: false);
            output.Append("</text>\n");
        }

        if (sha1 is not null)
        {
            Element(output, "      ", "sha1", sha1, where);
        }
    }

    private static void Element(StringBuilder output, string indent, string name, string value, string where)
    {
        output.Append(indent).Append('<').Append(name).Append('>');
        Escape(output, value, where, attribute: false);
        output.Append("</").Append(name).Append(">\n");
    }

    /// <summary>Escapes as MediaWiki's exporter does (htmlspecialchars: also '"' in text), plus what XML would otherwise normalize.</summary>
    private static void Escape(StringBuilder output, string value, string where, bool attribute)
    {
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",

                // XML parsers turn "\r\n" and "\r" into "\n" (XML 1.0 §2.11), and tabs and newlines in attributes into
                // spaces (§3.3.3): character references keep them.
                '\r' => "&#13;",
                '\n' when attribute => "&#10;",
                '\t' when attribute => "&#9;",
                _ => null,
            };
            if (replacement is null)
            {
                if ((c < 0x20 && c != '\t' && c != '\n') || c is '\uFFFE' or '\uFFFF')
                {
                    throw new ArgumentException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"\"{where}\" holds the character U+{(int)c:X4}, which XML 1.0 cannot carry"));
                }

                continue;
            }

            output.Append(value, start, i - start).Append(replacement);
            start = i + 1;
        }

        output.Append(value, start, value.Length - start);
    }
}
