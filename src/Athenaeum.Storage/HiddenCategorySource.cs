namespace Athenaeum.Storage;

/// <summary>How a category page's hidden flag was decided.</summary>
public enum HiddenCategorySource
{
    /// <summary>By expanding the page's wikitext with the engine's preprocessor (templates, parser functions, modules).</summary>
    Preprocessor = 0,

    /// <summary>By rendering the whole page (a reader opened it): the renderer's answer is the truth.</summary>
    Render = 1,

    /// <summary>The page could not be expanded or rendered within the engine's limits; taken as not hidden.</summary>
    Failed = 2,
}
