using Athenaeum.Wikitext.Extensions.Common;

namespace Athenaeum.Wikitext.Extensions.Indicator;

/// <summary>The core message the indicator tag prints (<c>Data/indicator-messages.json</c>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal static class IndicatorMessages
{
    private static readonly Lazy<MessageCatalog> CatalogLazy = new(() => MessageCatalog.FromResource("Athenaeum.Wikitext.Extensions.Indicator.indicator-messages.json"));

    /// <summary>Gets the catalog.</summary>
    public static MessageCatalog Catalog => CatalogLazy.Value;
}
