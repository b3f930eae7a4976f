using Athenaeum.Wikitext.Parsing;
using Athenaeum.Wikitext.Syntax;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Expansion;

/// <summary>
/// Fetches templates for one render through <see cref="IPageSource"/>, following redirects as
/// MediaWiki's statelessFetchTemplate does (at most two hops), records every title looked at in
/// <see cref="ParserOutput.Templates"/>, and caches each template's tree for the render.
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
internal sealed class TemplateLoader(ParseSession session)
{
    /// <summary>How many pages are fetched for one transclusion: the template and two redirect hops.</summary>
    private const int MaxFetches = 3;

    private readonly Dictionary<(int Ns, string DbKey), (NodeList? Dom, PageTitle Title)> _cache = [];

    /// <summary>Gets a template's tree (built for inclusion) and the title it was finally read from.</summary>
    /// <param name="title">The template's title.</param>
    /// <returns>The tree, or <see langword="null"/> when the template does not exist; and the final title.</returns>
    public (NodeList? Dom, PageTitle FinalTitle) GetTemplateDom(PageTitle title)
    {
        var key = (title.Namespace, title.DbKey);
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var (text, finalTitle) = Fetch(title);
        NodeList? dom = null;
        if (text is not null)
        {
            // DEL would forge strip markers; MediaWiki replaces it in fetched text.
            dom = session.PreprocessToTree(text.Replace('\u007f', '?'), forInclusion: true).Root;
        }

        _cache[key] = (dom, finalTitle);
        return (dom, finalTitle);
    }

    private (string? Text, PageTitle FinalTitle) Fetch(PageTitle title)
    {
        string? text = null;
        var finalTitle = title.WithoutFragment;
        PageTitle? current = finalTitle;
        for (var fetch = 0; fetch < MaxFetches && current is not null; fetch++)
        {
            session.CancellationToken.ThrowIfCancellationRequested();
            var page = session.Context.Pages.GetPage(current);
            session.Output.Templates.Add((page?.Title ?? current).WithoutFragment);
            if (page is null)
            {
                break;
            }

            if (!page.Title.WithoutFragment.Equals(current))
            {
                session.Output.Templates.Add(current);
            }

            // Every text content model is transcluded as its raw text (TextContent::getWikitextForTransclusion).
            text = page.Text;
            finalTitle = page.Title.WithoutFragment;
            current = page.RedirectTarget?.WithoutFragment;
            if (current is { IsExternal: true })
            {
                break;
            }
        }

        return (text, finalTitle);
    }
}
