namespace Athenaeum.Wikitext.Expansion;

/// <summary>
/// The keys of <see cref="ParserOutput.LimitReport"/>, named as MediaWiki's limit report data
/// (<c>limitreport-…</c>); each has a matching <c>…-limit</c> key holding the limit.
/// </summary>
public static class LimitReportKeys
{
    /// <summary>Preprocessor visited node count.</summary>
    public const string VisitedNodes = "limitreport-ppvisitednodes";

    /// <summary>Post-expand include size in bytes.</summary>
    public const string PostExpandIncludeSize = "limitreport-postexpandincludesize";

    /// <summary>Template argument size in bytes.</summary>
    public const string TemplateArgumentSize = "limitreport-templateargumentsize";

    /// <summary>Highest expansion depth.</summary>
    public const string ExpansionDepth = "limitreport-expansiondepth";

    /// <summary>Expensive parser function count.</summary>
    public const string ExpensiveFunctionCount = "limitreport-expensivefunctioncount";

    /// <summary>The suffix of the key that holds a counter's limit.</summary>
    public const string LimitSuffix = "-limit";
}
