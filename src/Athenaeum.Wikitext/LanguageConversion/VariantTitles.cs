using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.LanguageConversion;

/// <summary>
/// The titles a missing page may exist under in the other variants (MediaWiki's findVariantLink and
/// LinkHolderArray::doVariants): on a Serbian wiki a link to [[Маин Паге]] finds the page "Main Page",
/// and a template written in Cyrillic finds its Latin page.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class VariantTitles
{
    /// <summary>Gets the title's text converted into each variant, as titles, without the title itself or repeats.</summary>
    /// <param name="title">The missing title.</param>
    /// <param name="conversion">The render's conversion (its page rules apply, as in MediaWiki).</param>
    /// <param name="titles">The wiki's title parser.</param>
    public static List<PageTitle> Candidates(PageTitle title, ConversionSession conversion, TitleParser titles)
    {
        var candidates = new List<PageTitle>();
        foreach (var variant in conversion.Converter.Variants)
        {
            var text = conversion.AutoConvert(title.Text, variant);
            if (string.Equals(text, title.Text, StringComparison.Ordinal))
            {
                continue;
            }

            if (titles.MakeTitle(title.Namespace, text) is { } candidate && !candidates.Contains(candidate))
            {
                candidates.Add(candidate with { Fragment = title.Fragment });
            }
        }

        return candidates;
    }

    /// <summary>
    /// Finds the variant under which a missing template exists (MediaWiki checks variants only when the
    /// title itself does not exist).
    /// </summary>
    /// <param name="title">The template title.</param>
    /// <param name="context">The render's context.</param>
    /// <returns>The existing variant title, or null.</returns>
    public static PageTitle? FindExistingTemplate(PageTitle title, ParserContext context)
    {
        if (LanguageConverters.StartSession(context.Site.LanguageCode, context.Options) is not { } conversion || context.Pages.Exists(title))
        {
            return null;
        }

        foreach (var candidate in Candidates(title, conversion, context.Titles))
        {
            if (context.Pages.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
