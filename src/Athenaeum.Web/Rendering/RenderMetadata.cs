using Athenaeum.Wikitext;

namespace Athenaeum.Web.Rendering;

/// <summary>
/// What is stored beside a cached rendering (as JSON in the render cache's metadata column): the
/// render's results the site shows, and the dependency data that tells whether the HTML is still valid.
/// </summary>
internal sealed class RenderMetadata
{
    /// <summary>Gets or sets the metadata format (<see cref="RendererVersion.WebFormat"/>).</summary>
    public int Format { get; set; } = RendererVersion.WebFormat;

    /// <summary>Gets or sets the library generation the rendering was made or last checked in.</summary>
    public string Generation { get; set; } = string.Empty;

    /// <summary>Gets or sets the fingerprint of the renderer version, the page revision, its dependencies' revisions and its links' existence.</summary>
    public string Fingerprint { get; set; } = string.Empty;

    /// <summary>Gets or sets the templates and modules used, with the revision each had (0 = missing).</summary>
    public List<DependencyRevision> Templates { get; set; } = [];

    /// <summary>Gets or sets the pages linked to (their existence colours the links).</summary>
    public List<DependencyRevision> Links { get; set; } = [];

    /// <summary>Gets or sets the hash of which linked pages existed.</summary>
    public string LinkState { get; set; } = string.Empty;

    /// <summary>Gets or sets the sections.</summary>
    public List<SectionInfo> Sections { get; set; } = [];

    /// <summary>Gets or sets a value indicating whether a table of contents is shown.</summary>
    public bool ShowToc { get; set; }

    /// <summary>Gets or sets the display title as HTML, or <see langword="null"/>.</summary>
    public string? DisplayTitle { get; set; }

    /// <summary>Gets or sets the DEFAULTSORT key, or <see langword="null"/>.</summary>
    public string? DefaultSort { get; set; }

    /// <summary>Gets or sets the categories with their sort keys.</summary>
    public List<CategoryLink> Categories { get; set; } = [];

    /// <summary>Gets or sets the page properties set by behaviour switches ("hiddencat", "notoc" …).</summary>
    public List<string> Properties { get; set; } = [];

    /// <summary>Gets or sets the lead paragraph as plain text.</summary>
    public string Lead { get; set; } = string.Empty;
}
