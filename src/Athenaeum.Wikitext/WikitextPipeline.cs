using System.Collections.Frozen;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext;

/// <summary>
/// The configured wikitext engine: parser functions, tags and extensions. Built by
/// <see cref="WikitextPipelineBuilder"/>.
/// </summary>
/// <remarks>Immutable, thread-safe, and should be reused for every render (STYLE.md §2.2).</remarks>
public sealed class WikitextPipeline
{
    private readonly FrozenDictionary<string, IParserFunction> _functionsIgnoreCase;
    private readonly FrozenDictionary<string, IParserFunction> _functionsCaseSensitive;
    private readonly FrozenDictionary<string, IMagicVariable> _variablesIgnoreCase;
    private readonly FrozenDictionary<string, IMagicVariable> _variablesCaseSensitive;
    private readonly FrozenDictionary<string, ITagExtension> _tags;
    private readonly FrozenDictionary<string, string> _trackingCategories;

    internal WikitextPipeline(WikitextPipelineBuilder builder)
    {
        Extensions = [.. builder.Extensions];
        var ignoreCase = new Dictionary<string, IParserFunction>(StringComparer.OrdinalIgnoreCase);
        var caseSensitive = new Dictionary<string, IParserFunction>(StringComparer.Ordinal);
        foreach (var function in builder.ParserFunctions)
        {
            foreach (var name in function.Names)
            {
                if (function.IsCaseSensitive)
                {
                    caseSensitive[name] = function;
                }
                else
                {
                    ignoreCase[name] = function;
                }
            }
        }

        _functionsIgnoreCase = ignoreCase.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _functionsCaseSensitive = caseSensitive.ToFrozenDictionary(StringComparer.Ordinal);

        var variablesIgnoreCase = new Dictionary<string, IMagicVariable>(StringComparer.OrdinalIgnoreCase);
        var variablesCaseSensitive = new Dictionary<string, IMagicVariable>(StringComparer.Ordinal);
        foreach (var variable in builder.Variables)
        {
            foreach (var name in variable.Names)
            {
                (variable.IsCaseSensitive ? variablesCaseSensitive : variablesIgnoreCase)[name] = variable;
            }
        }

        _variablesIgnoreCase = variablesIgnoreCase.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _variablesCaseSensitive = variablesCaseSensitive.ToFrozenDictionary(StringComparer.Ordinal);

        var tags = new Dictionary<string, ITagExtension>(StringComparer.Ordinal);
        foreach (var tag in builder.TagExtensions)
        {
            foreach (var name in tag.TagNames)
            {
                tags[AsciiText.ToLower(name)] = tag;
            }
        }

        _tags = tags.ToFrozenDictionary(StringComparer.Ordinal);
        TagNames = _tags.Keys.ToFrozenSet(StringComparer.Ordinal);
        _trackingCategories = builder.TrackingCategories.ToFrozenDictionary(StringComparer.Ordinal);
        AfterParseHooks = [.. builder.AfterParseHooks];
    }

    /// <summary>
    /// Gets the names of the registered extension tags, lowercase: the tags the preprocessor
    /// recognizes (MediaWiki's strip list).
    /// </summary>
    public IReadOnlySet<string> TagNames { get; }

    /// <summary>
    /// Gets the hooks the renderer runs on a page's half-parsed text after the internal parse
    /// (MediaWiki's ParserAfterParse), in registration order.
    /// </summary>
    public IReadOnlyList<IAfterParseHook> AfterParseHooks { get; }

    /// <summary>Gets the extensions, in set-up order.</summary>
    public IReadOnlyList<IWikitextExtension> Extensions { get; }

    /// <summary>Finds a parser function by the name written before the colon.</summary>
    /// <param name="name">The name, "#" included where written ("#if").</param>
    /// <param name="function">The function found.</param>
    /// <returns><see langword="true"/> when a function has that name.</returns>
    public bool TryGetParserFunction(string name, out IParserFunction function)
        => _functionsCaseSensitive.TryGetValue(name, out function!) || _functionsIgnoreCase.TryGetValue(name, out function!);

    /// <summary>Finds a magic variable by name.</summary>
    /// <param name="name">The name as written ("PAGENAME").</param>
    /// <param name="variable">The variable found.</param>
    /// <returns><see langword="true"/> when a variable has that name.</returns>
    public bool TryGetVariable(string name, out IMagicVariable variable)
        => _variablesCaseSensitive.TryGetValue(name, out variable!) || _variablesIgnoreCase.TryGetValue(name, out variable!);

    /// <summary>Renders a page with this pipeline.</summary>
    /// <param name="wikitext">The page's wikitext.</param>
    /// <param name="context">The page, its wiki and its page source.</param>
    /// <returns>The HTML and metadata.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="wikitext"/> or <paramref name="context"/> is <see langword="null"/>.</exception>
    public ParserOutput Render(string wikitext, ParserContext context) => WikitextRenderer.Render(wikitext, context, this);

    /// <summary>Finds an extension tag by name, ignoring ASCII case.</summary>
    /// <param name="name">The tag name as written.</param>
    /// <param name="tag">The tag extension found.</param>
    /// <returns><see langword="true"/> when a tag has that name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public bool TryGetTagExtension(string name, out ITagExtension tag)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _tags.TryGetValue(AsciiText.ToLower(name), out tag!);
    }

    /// <summary>
    /// Gets the tracking categories the parser may add (MediaWiki's addTrackingCategory), by message key
    /// ("broken-file-category" → "Pages with broken file links"): the name used unless the wiki's
    /// <c>MediaWiki:KEY</c> page renames the category ("-" there turns it off).
    /// </summary>
    public IReadOnlyDictionary<string, string> TrackingCategories => _trackingCategories;

    /// <summary>Finds the tracking category name registered for a message key.</summary>
    /// <param name="messageKey">The message key ("template-loop-category").</param>
    /// <param name="categoryName">The category name without namespace.</param>
    /// <returns><see langword="true"/> when the key is registered.</returns>
    public bool TryGetTrackingCategory(string messageKey, out string categoryName)
        => _trackingCategories.TryGetValue(messageKey, out categoryName!);

    /// <summary>
    /// Gets the name a tracking category has on a wiki, as MediaWiki's addTrackingCategory reads its message
    /// in the content language: the wiki's <c>MediaWiki:KEY</c> page when it has one, else the built-in
    /// message of the wiki's language (or the nearest in its fallback chain), else the registered name.
    /// Every place that adds or recognises a tracking category uses this, so they agree.
    /// </summary>
    /// <param name="messageKey">The message key ("broken-file-category").</param>
    /// <param name="languageCode">The wiki's content language.</param>
    /// <param name="wikiMessage">The text of the wiki's <c>MediaWiki:KEY</c> page, or <see langword="null"/> when it has none.</param>
    /// <returns>The category name without namespace (not yet normalised as a title), or <see langword="null"/> when the message is "-" or empty (turned off) or the key is unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="messageKey"/> or <paramref name="languageCode"/> is <see langword="null"/>.</exception>
    public string? ResolveTrackingCategory(string messageKey, string languageCode, string? wikiMessage)
    {
        ArgumentNullException.ThrowIfNull(messageKey);
        ArgumentNullException.ThrowIfNull(languageCode);
        // One trim rule for every caller (PHP's trim(), as MediaWiki's message text gets), so the renderer and the
        // site never disagree on a name.
        var name = wikiMessage is null ? null : ParserFunctionArgument.Trim(wikiMessage);
        if (string.IsNullOrEmpty(name))
        {
            name = Rendering.Html.InterfaceMessages.Find(languageCode, messageKey) is { } builtIn ? ParserFunctionArgument.Trim(builtIn) : null;
        }

        if (string.IsNullOrEmpty(name) && _trackingCategories.TryGetValue(messageKey, out var registered))
        {
            name = registered;
        }

        return string.IsNullOrEmpty(name) || string.Equals(name, "-", StringComparison.Ordinal) ? null : name;
    }
}
