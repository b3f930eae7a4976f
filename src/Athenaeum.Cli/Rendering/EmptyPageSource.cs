using Athenaeum.Wikitext;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Cli.Rendering;

/// <summary>A wiki with no pages: what <c>render --file</c> transcludes from without a library (every template is a red link).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class EmptyPageSource : IPageSource
{
    /// <inheritdoc/>
    public WikiPage? GetPage(PageTitle title) => null;

    /// <inheritdoc/>
    public bool Exists(PageTitle title) => false;
}
