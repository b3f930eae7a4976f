using System.Text;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Syntax;

namespace Athenaeum.Wikitext.Parsing.Preprocessor;

/// <summary>
/// The preprocessor's entry points: build the tree of a wikitext (MediaWiki's preprocessToDom) and
/// expand a page's wikitext into text ready for the internal parse, with templates, arguments,
/// parser functions and extension tags substituted and their output behind strip markers.
/// </summary>
/// <remarks>Stateless and thread-safe; per-render state lives in <see cref="ParseSession"/>.</remarks>
public static class WikitextPreprocessor
{
    /// <summary>Builds the preprocessor tree of a wikitext.</summary>
    /// <param name="text">The wikitext.</param>
    /// <param name="pipeline">The pipeline whose registered tags are recognized.</param>
    /// <param name="forInclusion">
    /// <see langword="true"/> to read the text as a transcluded template (<c>&lt;noinclude&gt;</c>
    /// ignored, <c>&lt;includeonly&gt;</c> and <c>&lt;onlyinclude&gt;</c> honoured); <see langword="false"/> for page view.
    /// </param>
    /// <returns>The tree; <c>ToString()</c> of its root gives back <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="pipeline"/> is <see langword="null"/>.</exception>
    public static PreprocessorDocument PreprocessToTree(string text, WikitextPipeline pipeline, bool forInclusion = false)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return PreprocessToTree(text, pipeline.TagNames, forInclusion);
    }

    /// <summary>Builds the preprocessor tree of a wikitext with an explicit list of extension tag names.</summary>
    /// <param name="text">The wikitext.</param>
    /// <param name="tagNames">The extension tag names to recognize, lowercase.</param>
    /// <param name="forInclusion">Whether to read the text as a transcluded template.</param>
    /// <returns>The tree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="tagNames"/> is <see langword="null"/>.</exception>
    public static PreprocessorDocument PreprocessToTree(string text, IReadOnlySet<string> tagNames, bool forInclusion = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tagNames);
        var parser = new PreprocessorParser(text, forInclusion, tagNames);
        var root = parser.ParseDocument();
        return new PreprocessorDocument(text, root, forInclusion, parser.HeadingCount);
    }

    /// <summary>
    /// Expands a page's wikitext in the session's page frame: the first stage of a render. DEL
    /// characters become "?" and NUL characters are removed first (as MediaWiki's Parser::parse does),
    /// so that page text cannot forge strip markers.
    /// </summary>
    /// <param name="wikitext">The page's wikitext.</param>
    /// <param name="session">The render.</param>
    /// <returns>The expanded text, with strip markers for extension tags and headings, ready for the internal parse.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The session's token was cancelled.</exception>
    public static string Expand(string wikitext, ParseSession session)
    {
        ArgumentNullException.ThrowIfNull(wikitext);
        ArgumentNullException.ThrowIfNull(session);
        var text = wikitext.Replace('\u007f', '?').Replace("\0", string.Empty, StringComparison.Ordinal);
        return ReplaceVariables(text, session, session.Root);
    }

    /// <summary>
    /// Expands wikitext inside a render without the page-level clean-up: in <paramref name="frame"/>
    /// (read as transcluded when the frame is a template frame), or in a fresh page frame when
    /// <paramref name="frame"/> is <see langword="null"/>. This is the preprocessing half of
    /// MediaWiki's recursiveTagParse.
    /// </summary>
    /// <param name="wikitext">The wikitext (may hold strip markers).</param>
    /// <param name="session">The render.</param>
    /// <param name="frame">The frame, or <see langword="null"/>.</param>
    /// <returns>The expanded text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="wikitext"/> or <paramref name="session"/> is <see langword="null"/>.</exception>
    public static string ExpandInFrame(string wikitext, ParseSession session, IExpansionFrame? frame)
    {
        ArgumentNullException.ThrowIfNull(wikitext);
        ArgumentNullException.ThrowIfNull(session);
        // Without a frame MediaWiki expands in a new page frame (with its own expansion cache).
        return frame is null ? ReplaceVariables(wikitext, session, new ExpansionFrame(session)) : frame.Preprocess(wikitext);
    }

    // MediaWiki's replaceVariables: empty text, and text larger than the include-size limit, are
    // not preprocessed at all ("Prevent too big inclusions!").
    private static string ReplaceVariables(string text, ParseSession session, ExpansionFrame frame)
    {
        if (text.Length == 0 || Encoding.UTF8.GetByteCount(text) > session.Options.MaxIncludeSize)
        {
            return text;
        }

        var tree = session.PreprocessToTree(text, forInclusion: false);
        return frame.Expand(tree.Root);
    }
}
