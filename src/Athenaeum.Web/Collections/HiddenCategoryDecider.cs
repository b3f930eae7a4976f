using System.Text;
using Athenaeum.Storage;
using Athenaeum.Web.Hosting;
using Athenaeum.Web.Rendering;
using Athenaeum.Wikitext;
using Athenaeum.Wikitext.Parsing;
using Athenaeum.Wikitext.Parsing.Preprocessor;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Web.Collections;

/// <summary>
/// Tells whether a category page says <c>__HIDDENCAT__</c> without rendering it: the page's wikitext is
/// expanded by the engine's preprocessor as a page view would expand it (the library's templates and modules,
/// parser functions, the noinclude/includeonly rules, comments removed, extension tags behind strip markers,
/// within the engine's expansion limits), and the switch is looked for in the result, where MediaWiki's
/// doubleUnderscore pass looks for it. A page whose expansion needs the whole parser (an extension tag that
/// parses its content, such as <c>&lt;ref&gt;</c>) is rendered instead.
/// </summary>
/// <remarks>Thread-safe: every call has its own parse session.</remarks>
internal sealed class HiddenCategoryDecider
{
    /// <summary>The switch, as MediaWiki matches it (case-sensitive: MessagesEn.php marks it so).</summary>
    public const string Switch = "__HIDDENCAT__";

    private static readonly HashSet<string> WikitextModels = new(StringComparer.OrdinalIgnoreCase) { "wikitext", string.Empty };

    private readonly LibraryContext _library;
    private readonly TimeProvider _clock;

    public HiddenCategoryDecider(LibraryContext library, TimeProvider clock)
    {
        _library = library;
        _clock = clock;
    }

    /// <summary>Decides one category page.</summary>
    /// <param name="page">The category page.</param>
    /// <param name="revisionOf">Gives a page's current revision (0 when missing), for the dependency list; may cache.</param>
    /// <param name="cancellationToken">Stops a long expansion.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public HiddenCategoryDecision Decide(PageRecord page, Func<int, string, long> revisionOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(revisionOf);

        // A redirect does not hide its category (the site treats the category as having no page), nor does a non-wikitext page.
        if (page.IsRedirect || !WikitextModels.Contains(page.ContentModel))
        {
            return new HiddenCategoryDecision(page.Id, page.RevisionId, false, HiddenCategorySource.Preprocessor, string.Empty);
        }

        var text = _library.Provider.Pages.GetText(page.Id) ?? string.Empty;
        var context = new ParserContext(_library.MakeTitle(page.Namespace, page.Title), _library.Configuration, _library.PageSource)
        {
            Clock = _clock,
            Options = WikitextPipelineFactory.Options,
            PageId = page.SourcePageId,
            RevisionId = page.RevisionId,
            RevisionTimestamp = page.RevisionTimestamp,
            RevisionUser = page.Contributor ?? string.Empty,
        };

        try
        {
            using var session = new ParseSession(_library.Pipeline, context, cancellationToken: cancellationToken);
            string expanded;
            try
            {
                expanded = WikitextPreprocessor.Expand(text, session);
            }
            catch (InvalidOperationException) when (session.RecursiveParser is null)
            {
                // An extension tag wanted the internal parser: only a whole render can answer.
                var output = WikitextRenderer.Render(text, context, _library.Pipeline, cancellationToken);
                return Decision(page, output.Properties.ContainsKey("hiddencat"), HiddenCategorySource.Render, output.Templates, revisionOf);
            }

            return Decision(page, expanded.Contains(Switch, StringComparison.Ordinal), HiddenCategorySource.Preprocessor, session.Output.Templates, revisionOf);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            // The engine's limits or a broken page: it shows its category, as a failed render would show the page.
            return new HiddenCategoryDecision(page.Id, page.RevisionId, false, HiddenCategorySource.Failed, string.Empty);
        }
    }

    /// <summary>Formats the dependency list of a decision: each transcluded page with the revision seen, in a fixed order.</summary>
    /// <param name="templates">The pages the expansion transcluded.</param>
    /// <param name="revisionOf">Gives a page's current revision (0 when missing).</param>
    /// <returns>The list (<see cref="HiddenCategoryDecision.Dependencies"/>).</returns>
    public static string FormatDependencies(IEnumerable<(int Namespace, string Title)> templates, Func<int, string, long> revisionOf)
    {
        var sb = new StringBuilder();
        foreach (var (ns, title) in templates.Where(t => t.Namespace >= 0).Distinct().OrderBy(t => t.Namespace).ThenBy(t => t.Title, StringComparer.Ordinal))
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{ns}\t{revisionOf(ns, title)}\t{title}\n");
        }

        return sb.ToString();
    }

    /// <summary>Tells whether every page of a dependency list still has the revision recorded.</summary>
    /// <param name="dependencies">The list (<see cref="HiddenCategoryDecision.Dependencies"/>).</param>
    /// <param name="revisionOf">Gives a page's current revision (0 when missing).</param>
    /// <returns><see langword="true"/> when none changed.</returns>
    public static bool DependenciesCurrent(string dependencies, Func<int, string, long> revisionOf)
    {
        foreach (var line in dependencies.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('\t', 3);
            if (parts.Length != 3
                || !int.TryParse(parts[0], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var ns)
                || !long.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var revision)
                || revisionOf(ns, parts[2]) != revision)
            {
                return false;
            }
        }

        return true;
    }

    private static HiddenCategoryDecision Decision(PageRecord page, bool hidden, HiddenCategorySource source, IEnumerable<PageTitle> templates, Func<int, string, long> revisionOf)
        => new(page.Id, page.RevisionId, hidden, source, FormatDependencies(templates.Where(t => !t.IsExternal).Select(t => (t.Namespace, t.Text)), revisionOf));
}
