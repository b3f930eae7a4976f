using System.Xml;

namespace Athenaeum.Dump.Xml;

/// <summary>
/// The element and attribute names of the MediaWiki export schema, atomized in the reader's name table so that
/// names compare by reference (no string comparison per node).
/// </summary>
/// <remarks>Immutable; tied to one <see cref="XmlNameTable"/>.</remarks>
internal sealed class ExportNames
{
    /// <summary>The namespace of <c>xml:lang</c> and <c>xml:space</c>.</summary>
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    /// <summary>Initializes a new instance of the <see cref="ExportNames"/> class.</summary>
    /// <param name="table">The reader's name table.</param>
    public ExportNames(XmlNameTable table)
    {
        MediaWiki = table.Add("mediawiki");
        SiteInfo = table.Add("siteinfo");
        SiteName = table.Add("sitename");
        DbName = table.Add("dbname");
        Base = table.Add("base");
        Generator = table.Add("generator");
        Case = table.Add("case");
        Namespaces = table.Add("namespaces");
        Namespace = table.Add("namespace");
        Page = table.Add("page");
        Title = table.Add("title");
        Ns = table.Add("ns");
        Id = table.Add("id");
        Redirect = table.Add("redirect");
        Revision = table.Add("revision");
        ParentId = table.Add("parentid");
        Timestamp = table.Add("timestamp");
        Contributor = table.Add("contributor");
        Username = table.Add("username");
        Ip = table.Add("ip");
        Minor = table.Add("minor");
        Comment = table.Add("comment");
        Model = table.Add("model");
        Format = table.Add("format");
        Text = table.Add("text");
        Sha1 = table.Add("sha1");
    }

    /// <summary>Gets <c>mediawiki</c>, the root.</summary>
    public string MediaWiki { get; }

    /// <summary>Gets <c>siteinfo</c>.</summary>
    public string SiteInfo { get; }

    /// <summary>Gets <c>sitename</c>.</summary>
    public string SiteName { get; }

    /// <summary>Gets <c>dbname</c>.</summary>
    public string DbName { get; }

    /// <summary>Gets <c>base</c>.</summary>
    public string Base { get; }

    /// <summary>Gets <c>generator</c>.</summary>
    public string Generator { get; }

    /// <summary>Gets <c>case</c>.</summary>
    public string Case { get; }

    /// <summary>Gets <c>namespaces</c>.</summary>
    public string Namespaces { get; }

    /// <summary>Gets <c>namespace</c>.</summary>
    public string Namespace { get; }

    /// <summary>Gets <c>page</c>.</summary>
    public string Page { get; }

    /// <summary>Gets <c>title</c> (an element of page, an attribute of redirect).</summary>
    public string Title { get; }

    /// <summary>Gets <c>ns</c>.</summary>
    public string Ns { get; }

    /// <summary>Gets <c>id</c>.</summary>
    public string Id { get; }

    /// <summary>Gets <c>redirect</c>.</summary>
    public string Redirect { get; }

    /// <summary>Gets <c>revision</c>.</summary>
    public string Revision { get; }

    /// <summary>Gets <c>parentid</c>.</summary>
    public string ParentId { get; }

    /// <summary>Gets <c>timestamp</c>.</summary>
    public string Timestamp { get; }

    /// <summary>Gets <c>contributor</c>.</summary>
    public string Contributor { get; }

    /// <summary>Gets <c>username</c>.</summary>
    public string Username { get; }

    /// <summary>Gets <c>ip</c>.</summary>
    public string Ip { get; }

    /// <summary>Gets <c>minor</c>.</summary>
    public string Minor { get; }

    /// <summary>Gets <c>comment</c>.</summary>
    public string Comment { get; }

    /// <summary>Gets <c>model</c>.</summary>
    public string Model { get; }

    /// <summary>Gets <c>format</c>.</summary>
    public string Format { get; }

    /// <summary>Gets <c>text</c>.</summary>
    public string Text { get; }

    /// <summary>Gets <c>sha1</c>.</summary>
    public string Sha1 { get; }
}
