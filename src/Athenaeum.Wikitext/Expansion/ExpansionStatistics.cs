namespace Athenaeum.Wikitext.Expansion;

/// <summary>
/// The counters of one render's expansion, reported as MediaWiki's "NewPP limit report" and checked
/// against <see cref="ParserOptions"/>.
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
public sealed class ExpansionStatistics
{
    /// <summary>Gets the number of preprocessor node expansions (limit <see cref="ParserOptions.MaxNodeCount"/>).</summary>
    public int VisitedNodeCount { get; internal set; }

    /// <summary>Gets the bytes (UTF-8) of template and function output included so far (limit <see cref="ParserOptions.MaxIncludeSize"/>).</summary>
    public long PostExpandIncludeSize { get; internal set; }

    /// <summary>Gets the bytes (UTF-8) of template argument values used so far (limit <see cref="ParserOptions.MaxIncludeSize"/>).</summary>
    public long TemplateArgumentSize { get; internal set; }

    /// <summary>Gets the deepest expansion nesting reached (limit <see cref="ParserOptions.MaxExpandDepth"/>).</summary>
    public int HighestExpansionDepth { get; internal set; }

    /// <summary>Gets the number of expensive function calls (limit <see cref="ParserOptions.MaxExpensiveFunctionCount"/>).</summary>
    public int ExpensiveFunctionCount { get; internal set; }

    /// <summary>Gets the current expansion nesting.</summary>
    internal int ExpansionDepth { get; set; }
}
