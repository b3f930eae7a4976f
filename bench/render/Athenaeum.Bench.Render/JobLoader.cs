using Athenaeum.Storage;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Bench.Render;

/// <summary>Loads the pages to render (texts read before any timing starts).</summary>
internal static class JobLoader
{
    private static readonly HashSet<string> WikitextModels = new(StringComparer.OrdinalIgnoreCase) { "wikitext", string.Empty };

    /// <summary>Every article of the library (namespace 0, not a redirect, wikitext), in page id order.</summary>
    /// <param name="pages">The page store.</param>
    /// <param name="site">The wiki.</param>
    /// <param name="only">Titles to keep, or null for all.</param>
    /// <returns>The jobs.</returns>
    public static List<RenderJob> FromLibrary(IPageStore pages, SiteConfiguration site, HashSet<string>? only)
    {
        var jobs = new List<RenderJob>();
        long after = 0;
        while (true)
        {
            var batch = pages.ReadPagesAfter(after, 500);
            if (batch.Count == 0)
            {
                return jobs;
            }

            foreach (var page in batch)
            {
                after = Math.Max(after, page.Id);
                if (page.Namespace != 0 || page.IsRedirect || page.IsRemoved || !WikitextModels.Contains(page.ContentModel)
                    || (only is not null && !only.Contains(page.Title)))
                {
                    continue;
                }

                var text = pages.GetText(page.Id) ?? string.Empty;
                var title = new PageTitle(0, page.Title, site.GetNamespaceName(0));
                jobs.Add(new RenderJob("library", RenderJob.NameOf(page.Title), title, page.SourcePageId, page.RevisionId, text));
            }
        }
    }

    /// <summary>Every <c>*.txt</c> of a directory as an article titled after its file (name = the file stem).</summary>
    /// <param name="directory">The directory.</param>
    /// <param name="site">The wiki.</param>
    /// <returns>The jobs, by file name.</returns>
    public static List<RenderJob> FromDirectory(string directory, SiteConfiguration site)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"--articles: no directory {directory}");
        }

        return [.. Directory.EnumerateFiles(directory, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var stem = Path.GetFileNameWithoutExtension(path);
                var title = new PageTitle(0, stem.Replace('_', ' '), site.GetNamespaceName(0));
                return new RenderJob("articles", stem, title, 0, 0, File.ReadAllText(path));
            })];
    }
}
