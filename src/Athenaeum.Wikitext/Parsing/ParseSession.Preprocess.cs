using Athenaeum.Wikitext.Parsing.Preprocessor;
using Athenaeum.Wikitext.Syntax;

namespace Athenaeum.Wikitext.Parsing;

/// <content>Building trees with the pipeline's tags.</content>
public sealed partial class ParseSession
{
    /// <summary>Gets the titles that transclusion names resolved to (names are resolved the same way throughout a render).</summary>
    internal Dictionary<string, Titles.PageTitle?> TemplateTitleCache { get; } = new(StringComparer.Ordinal);

    /// <summary>Builds the preprocessor tree of a text with this render's registered tags.</summary>
    /// <param name="text">The wikitext.</param>
    /// <param name="forInclusion">Whether the text is transcluded.</param>
    /// <returns>The tree.</returns>
    internal PreprocessorDocument PreprocessToTree(string text, bool forInclusion)
    {
        CancellationToken.ThrowIfCancellationRequested();
        return WikitextPreprocessor.PreprocessToTree(text, Pipeline.TagNames, forInclusion);
    }
}
