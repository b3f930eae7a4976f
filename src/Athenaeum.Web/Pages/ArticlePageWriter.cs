using System.Globalization;
using System.Text;
using Athenaeum.Web.Hosting;
using Athenaeum.Web.Text;

namespace Athenaeum.Web.Pages;

/// <summary>
/// Writes an article page: title, the metadata block (Article Id, Reproduction Date, Title, Author,
/// Language, Subject, Collection, Publisher), the numbered table of contents beside the text, the
/// engine's HTML, the Collections line, and the attribution to the source wiki in the footer.
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class ArticlePageWriter
{
    private readonly LibraryContext _library;
    private readonly PageShell _shell;

    public ArticlePageWriter(LibraryContext library, PageShell shell)
    {
        _library = library;
        _shell = shell;
    }

    /// <summary>Writes the page.</summary>
    /// <param name="view">What it shows.</param>
    /// <returns>The HTML.</returns>
    public string Write(ArticleView view)
    {
        var page = view.Page;
        var prefixed = _library.PrefixedTitle(page.Namespace, page.Title);
        var head = new PageHead(
            view.Article.Metadata.DisplayTitle is { } display ? Html.ToText(display) : prefixed,
            Description: view.Article.Metadata.Lead,
            CanonicalPath: WikiUrls.Article(prefixed),
            ArticleTitle: prefixed,
            NoIndex: page.Namespace != 0 || page.IsRedirect,
            Attribution: Attribution(view),
            BodyClass: "article-page ns-" + page.Namespace.ToString(CultureInfo.InvariantCulture));
        return _shell.Render(head, sb => WriteBody(sb, view, prefixed));
    }

    private void WriteBody(StringBuilder sb, ArticleView view, string prefixed)
    {
        var article = view.Article;
        sb.Append("<article class=\"article\">\n<header class=\"article-header\">\n<h1 id=\"firstHeading\" class=\"page-title\">");
        if (article.Metadata.DisplayTitle is { } display)
        {
            // The engine's display title: sanitized HTML (italics for film titles and the like).
            sb.Append(display);
        }
        else
        {
            sb.AppendEscaped(prefixed);
        }

        sb.Append("</h1>\n");
        if (view.RedirectedFrom is { } from)
        {
            sb.Append("<p class=\"redirect-note\">(Redirected from <a href=\"").AppendEscaped(WikiUrls.Article(from))
                .Append("?redirect=no\" rel=\"nofollow\">").AppendEscaped(from).Append("</a>)</p>\n");
        }

        sb.Append("</header>\n");
        WriteMetadata(sb, view, prefixed);
        var hasToc = article.ShowToc && article.Sections.Count > 0;
        sb.Append("<div class=\"article-layout").Append(hasToc ? " has-toc" : string.Empty).Append("\">\n");
        if (hasToc)
        {
            TocWriter.Write(sb, article.Sections);
        }

        var rtl = IsRightToLeft(_library.Site.Language);
        sb.Append("<div class=\"article-body mw-body-content\" lang=\"").AppendEscaped(_library.Site.Language)
            .Append("\" dir=\"").Append(rtl ? "rtl" : "ltr").Append("\">\n")
            .Append(article.Html)
            .Append("\n</div>\n</div>\n");
        if (view.Collections.Count > 0)
        {
            sb.Append("<nav class=\"catlinks\" aria-label=\"Collections\"><span class=\"catlinks-label\">Collections:</span> <ul>");
            foreach (var name in view.Collections)
            {
                sb.Append("<li>").AppendLink(WikiUrls.Collection(name), CollectionTitleCaser.ToDisplay(name, _library.Site.Language)).Append("</li>");
            }

            sb.Append("</ul></nav>\n");
        }

        sb.Append("</article>");
    }

    private void WriteMetadata(StringBuilder sb, ArticleView view, string prefixed)
    {
        var page = view.Page;
        sb.Append("<section class=\"article-meta\" aria-label=\"About this article\">\n<dl>\n");
        Row(sb, "Article Id", page.ArticleId, "meta-article-id");
        sb.Append("<div class=\"meta-reproduction-date\"><dt>Reproduction Date:</dt><dd><time datetime=\"")
            .Append(page.ReproductionDate.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\">")
            .Append(page.ReproductionDate.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append("</time></dd></div>\n");
        Row(sb, "Title", prefixed, "meta-title");
        Row(sb, "Author", Author(page.Contributor), "meta-author");
        Row(sb, "Language", _library.LanguageName, "meta-language");
        sb.Append("<div class=\"meta-subject\"><dt>Subject:</dt><dd>");
        AppendList(sb, view.Subjects.Select(s => (WikiUrls.Article(_library.PrefixedTitle(s.Namespace, s.Title)), _library.PrefixedTitle(s.Namespace, s.Title))));
        sb.Append("</dd></div>\n<div class=\"meta-collection\"><dt>Collection:</dt><dd>");
        AppendList(sb, view.Collections.Select(c => (WikiUrls.Collection(c), CollectionTitleCaser.ToDisplay(c, _library.Site.Language))));
        sb.Append("</dd></div>\n");
        Row(sb, "Publisher", _library.Options.Publisher, "meta-publisher");
        sb.Append("</dl>\n</section>\n");
    }

    private static void Row(StringBuilder sb, string name, string value, string cssClass)
        => sb.Append("<div class=\"").Append(cssClass).Append("\"><dt>").AppendEscaped(name).Append(":</dt><dd>").AppendEscaped(value).Append("</dd></div>\n");

    private static void AppendList(StringBuilder sb, IEnumerable<(string Href, string Text)> items)
    {
        var first = true;
        foreach (var (href, text) in items)
        {
            if (!first)
            {
                sb.Append(", ");
            }

            sb.AppendLink(href, text);
            first = false;
        }

        if (first)
        {
            sb.Append("—");
        }
    }

    private string Author(string? lastContributor)
    {
        if (!string.IsNullOrWhiteSpace(_library.Options.Author))
        {
            return _library.Options.Author;
        }

        var contributors = _library.Site.SiteName + " contributors";
        return string.IsNullOrEmpty(lastContributor) ? contributors : contributors + " (last edit by " + lastContributor + ")";
    }

    private string Attribution(ArticleView view)
    {
        var page = view.Page;
        var prefixed = _library.PrefixedTitle(page.Namespace, page.Title);
        var source = _library.SourceServer + _library.Configuration.ArticlePath.Replace("$1", WikiUrls.Encode(prefixed.Replace(' ', '_')), StringComparison.Ordinal);
        var revision = _library.SourceServer + _library.SourceScriptPath + "/index.php?oldid=" + page.RevisionId.ToString(CultureInfo.InvariantCulture);
        return new StringBuilder("<p class=\"attribution\">This article was sourced from <a class=\"source-page\" href=\"")
            .AppendEscaped(source).Append("\">").AppendEscaped(prefixed).Append("</a> on ").AppendEscaped(_library.Site.SiteName)
            .Append(" (<a class=\"source-revision\" href=\"").AppendEscaped(revision).Append("\">revision ")
            .Append(page.RevisionId.ToString(CultureInfo.InvariantCulture)).Append("</a> of ")
            .Append(page.RevisionTimestamp.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture))
            .Append("), written by ").AppendEscaped(_library.Site.SiteName).Append(" contributors, under the Creative Commons Attribution-ShareAlike License.</p>\n")
            .ToString();
    }

    private static bool IsRightToLeft(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language).TextInfo.IsRightToLeft;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
