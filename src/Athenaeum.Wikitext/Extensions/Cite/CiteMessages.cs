using Athenaeum.Wikitext.Extensions.Common;

namespace Athenaeum.Wikitext.Extensions.Cite;

/// <summary>
/// Cite's built-in messages in every language of MediaWiki 1.39's Cite extension that the engine has
/// language data for (<c>Data/cite-messages.json</c>, made by <c>Data/extract-cite-messages.py</c>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal static class CiteMessages
{
    /// <summary>The message naming the tracking category of pages with Cite errors.</summary>
    public const string TrackingCategoryKey = "cite-tracking-category-cite-error";

    private static readonly Lazy<MessageCatalog> CatalogLazy = new(() => MessageCatalog.FromResource("Athenaeum.Wikitext.Extensions.Cite.cite-messages.json"));

    /// <summary>Gets the catalog.</summary>
    public static MessageCatalog Catalog => CatalogLazy.Value;
}
