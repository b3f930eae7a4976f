namespace Athenaeum.Wikitext.Expansion;

/// <summary>How a frame expands a tree (MediaWiki's PPFrame flags).</summary>
[Flags]
internal enum ExpandFlags
{
    /// <summary>Expand everything.</summary>
    None = 0,

    /// <summary>Leave <c>{{{arguments}}}</c> as written.</summary>
    NoArgs = 1,

    /// <summary>Leave <c>{{templates}}</c> as written.</summary>
    NoTemplates = 2,

    /// <summary>Remove comments (they are removed in HTML output anyway).</summary>
    StripComments = 4,

    /// <summary>Keep ignored markup (noinclude/includeonly) as written.</summary>
    NoIgnore = 8,

    /// <summary>Keep comments as written.</summary>
    RecoverComments = 16,

    /// <summary>Leave extension tags as written.</summary>
    NoTags = 32,

    /// <summary>Run <c>&lt;nowiki&gt;</c> even outside HTML output.</summary>
    ProcessNowiki = 64,

    /// <summary>Give back the source as written (for <c>msgnw:</c>).</summary>
    RecoverOriginal = NoArgs | NoTemplates | NoIgnore | RecoverComments | NoTags,
}
