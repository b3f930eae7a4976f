using Athenaeum.Wikitext.Extensions.Common;

namespace Athenaeum.Wikitext.Extensions.TemplateStyles;

/// <summary>TemplateStyles' messages and core's content model names (<c>Data/templatestyles-messages.json</c>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal static class TemplateStylesMessages
{
    private static readonly Lazy<MessageCatalog> CatalogLazy = new(() => MessageCatalog.FromResource("Athenaeum.Wikitext.Extensions.TemplateStyles.templatestyles-messages.json"));

    /// <summary>Gets the catalog.</summary>
    public static MessageCatalog Catalog => CatalogLazy.Value;
}
