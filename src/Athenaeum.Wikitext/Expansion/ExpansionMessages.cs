using System.Globalization;

namespace Athenaeum.Wikitext.Expansion;

/// <summary>
/// The English texts of MediaWiki's preprocessor messages (languages/i18n/en.json): errors printed
/// in the page and warnings for <see cref="ParserOutput.Warnings"/> (as plain text, markup removed).
/// </summary>
internal static class ExpansionMessages
{
    /// <summary>The error text of an expansion that hit the node-count limit.</summary>
    public const string NodeCountExceededError = "<span class=\"error\">Node-count limit exceeded</span>";

    /// <summary>The error text of an expansion that hit the expansion-depth limit.</summary>
    public const string ExpansionDepthExceededError = "<span class=\"error\">Expansion depth limit exceeded</span>";

    /// <summary>The comment left in place of a template whose output would pass the include-size limit.</summary>
    public const string TemplateOmittedComment = "<!-- WARNING: template omitted, post-expand include size too large -->";

    /// <summary>The comment appended to an argument whose value would pass the argument-size limit.</summary>
    public const string ArgumentOmittedComment = "<!-- WARNING: argument omitted, expansion size too large -->";

    /// <summary>The in-page error of a template loop (parser-template-loop-warning).</summary>
    /// <param name="titleText">The template's prefixed title.</param>
    /// <returns>The error HTML.</returns>
    public static string TemplateLoopError(string titleText) => "<span class=\"error\">Template loop detected: [[" + titleText + "]]</span>";

    /// <summary>The in-page error of a template nested too deep (parser-template-recursion-depth-warning).</summary>
    /// <param name="limit">The depth limit.</param>
    /// <returns>The error HTML.</returns>
    public static string TemplateDepthError(int limit)
        => "<span class=\"error\">Template recursion depth limit exceeded (" + limit.ToString("N0", CultureInfo.InvariantCulture) + ")</span>";

    /// <summary>The warning of a template loop (template-loop-warning).</summary>
    /// <param name="titleText">The template's prefixed title.</param>
    /// <returns>The warning.</returns>
    public static string TemplateLoopWarning(string titleText)
        => "Warning: This page calls " + titleText + " which causes a template loop (an infinite recursive call).";

    /// <summary>The warning of an argument given twice (duplicate-args-warning).</summary>
    /// <param name="caller">The calling page or template.</param>
    /// <param name="callee">The template called.</param>
    /// <param name="name">The argument name.</param>
    /// <returns>The warning.</returns>
    public static string DuplicateArgumentWarning(string caller, string callee, string name)
        => "Warning: " + caller + " is calling " + callee + " with more than one value for the \"" + name + "\" parameter. Only the last value provided will be used.";

    /// <summary>The warning of <c>{{=}}</c> not expanding to "=" (template-equals-warning).</summary>
    public const string TemplateEqualsWarning = "Warning: This page uses {{=}} but on this wiki that does not expand to =. This usage is deprecated; a future MediaWiki version will implement {{=}} as a parser function.";

    /// <summary>The warning for an exceeded limit (<c>{type}-warning</c>).</summary>
    /// <param name="limitationType">The limitation type.</param>
    /// <param name="current">The current value.</param>
    /// <param name="max">The limit.</param>
    /// <returns>The warning.</returns>
    public static string LimitationWarning(string limitationType, long current, long max) => limitationType switch
    {
        "node-count-exceeded" => "Page exceeded the node count",
        "expansion-depth-exceeded" => "Page exceeded the expansion depth",
        "post-expand-template-inclusion" => "Warning: Template include size is too large. Some templates will not be included.",
        "post-expand-template-argument" => "Warning: This page contains at least one template argument that has a too large expansion size. These arguments have been omitted.",
        "expensive-parserfunction" => string.Create(
            CultureInfo.InvariantCulture,
            $"Warning: This page contains too many expensive parser function calls. It should have less than {max} {(max == 1 ? "call" : "calls")}, there {(current == 1 ? "is now 1 call" : $"are now {current} calls")}."),
        _ => "Warning: limit exceeded: " + limitationType,
    };
}
