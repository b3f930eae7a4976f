using System.Text;
using Athenaeum.Wikitext.Rendering.Tidy;

namespace Athenaeum.Wikitext.Tests.Rendering.Tidy;

/// <summary>
/// MediaWiki's rendered pages (corpus/oracle) are MediaWiki's own tidy output, and MediaWiki's tidy maps
/// each of them to itself; ours must too. Pages where the oracle script removed escaped
/// &lt;templatestyles&gt; text after tidy (leaving an empty <c>&lt;p&gt;</c> MediaWiki would have marked
/// <c>mw-empty-elt</c>) are skipped.
/// </summary>
public sealed class HtmlTidyCorpusTests
{
    [Theory]
    [InlineData("fatwiki")]
    [InlineData("enwiki-sample")]
    [InlineData("articles")]
    public void Tidy_MediaWikiRenderedPage_IsUnchanged(string folder)
    {
        var files = Directory.GetFiles(CorpusPaths.Get("oracle/" + folder), "*.html");
        var failures = new StringBuilder();
        var checkedPages = 0;

        foreach (var file in files)
        {
            var html = File.ReadAllText(file);
            if (html.Contains("<p></p>", StringComparison.Ordinal) || html.Contains("<p>\n</p>", StringComparison.Ordinal))
            {
                continue;
            }

            checkedPages++;
            var output = HtmlTidy.Tidy(html, textProcessor: null);
            if (!string.Equals(output, html, StringComparison.Ordinal) && failures.Length < 2000)
            {
                var i = 0;
                while (i < output.Length && i < html.Length && output[i] == html[i])
                {
                    i++;
                }

                failures.Append(Path.GetFileName(file)).Append(" differs at ").Append(i).Append(": ")
                    .Append(html.AsSpan(Math.Max(0, i - 60), Math.Min(120, html.Length - Math.Max(0, i - 60)))).Append('\n');
            }
        }

        Assert.True(checkedPages > files.Length / 2, $"only {checkedPages} of {files.Length} pages checked");
        Assert.True(failures.Length == 0, failures.ToString());
    }
}
