using Athenaeum.Wikitext.Sanitization;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Expansion;

/// <content>The frame as seen by parser functions (<see cref="IParserFunctionHost"/>) and by Lua (<see cref="IExpansionFrame"/>).</content>
internal sealed partial class ExpansionFrame
{
    /// <inheritdoc/>
    public ParserContext Context => _session.Context;

    /// <inheritdoc/>
    public ParserOutput Output => _session.Output;

    /// <inheritdoc/>
    public IExpansionFrame Frame => this;

    /// <inheritdoc/>
    public WikitextPipeline Pipeline => _session.Pipeline;

    /// <inheritdoc/>
    public bool TryIncrementExpensiveFunctionCount() => _session.TryIncrementExpensiveFunctionCount();

    /// <inheritdoc/>
    public void AddTrackingCategory(string messageKey) => _session.AddTrackingCategory(messageKey);

    /// <inheritdoc/>
    public T GetExtensionState<T>(Func<T> create)
        where T : class
        => _session.GetExtensionState(create);

    /// <inheritdoc/>
    public void AddExistenceDependency(PageTitle title)
    {
        // #ifexist registers its target as a link (MediaWiki's ParserOutput::addLink), so that the page
        // is re-rendered when the target is created or deleted.
        ArgumentNullException.ThrowIfNull(title);
        if (!title.IsExternal && title.Namespace >= StandardNamespaces.Main)
        {
            _session.Output.Links.Add(title.WithoutFragment);
        }
    }

    /// <inheritdoc/>
    public string Preprocess(string wikitext)
    {
        ArgumentNullException.ThrowIfNull(wikitext);

        // A template frame reads its text as transcluded (includeonly honoured), the page frame as a page.
        var tree = _session.PreprocessToTree(wikitext, forInclusion: Depth > 0);
        return Expand(tree.Root);
    }

    /// <inheritdoc/>
    /// <exception cref="ExpansionException">The template is too deep, missing or loops.</exception>
    public string ExpandTemplate(PageTitle title, IReadOnlyList<KeyValuePair<string, string>> arguments)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(arguments);
        if (Depth >= _session.Options.MaxTemplateDepth)
        {
            throw new ExpansionException("expandTemplate: template depth limit exceeded");
        }

        if (_session.Options.NonIncludableNamespaces.Contains(title.Namespace))
        {
            throw new ExpansionException("expandTemplate: template inclusion denied");
        }

        var (dom, finalTitle) = _session.Templates.GetTemplateDom(title);
        if (dom is null)
        {
            throw new ExpansionException("expandTemplate: template \"" + title.PrefixedText + "\" does not exist");
        }

        if (!LoopCheck(finalTitle))
        {
            throw new ExpansionException("expandTemplate: template loop detected");
        }

        return NewChild(arguments, finalTitle).Expand(dom);
    }

    /// <inheritdoc/>
    /// <exception cref="ExpansionException">No parser function has that name.</exception>
    public string CallParserFunction(string name, IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(arguments);
        if (!_session.Pipeline.TryGetParserFunction(name, out var function))
        {
            throw new ExpansionException("callParserFunction: function \"" + name + "\" was not found");
        }

        var args = new List<ParserFunctionArgument>(Math.Max(1, arguments.Count));
        for (var k = 0; k < arguments.Count; k++)
        {
            args.Add(new StringArgument(arguments[k], splittable: k > 0));
        }

        if (args.Count == 0)
        {
            // A parser function always gets its first argument (MediaWiki passes "").
            args.Add(new StringArgument(string.Empty, splittable: false));
        }

        var result = function.Invoke(this, args);
        if (!result.Found)
        {
            throw new ExpansionException("callParserFunction: function \"" + name + "\" was not found");
        }

        var text = result.Text ?? string.Empty;
        if (!result.NoParse)
        {
            // The result is expanded in a child frame whose arguments are the call's, numbered from 0 (as Scribunto).
            var childArgs = new List<KeyValuePair<string, string>>(args.Count);
            for (var k = 0; k < args.Count; k++)
            {
                childArgs.Add(new(k.ToString(System.Globalization.CultureInfo.InvariantCulture), args[k].Expand()));
            }

            var tree = _session.PreprocessToTree(text, forInclusion: false);
            text = NewChild(childArgs, Title).Expand(tree.Root, result.NoWiki ? ExpandFlags.RecoverOriginal : ExpandFlags.None);
        }

        if (result.IsHtml)
        {
            return InsertStripItem(text);
        }

        return result.NoWiki ? WikitextEscaper.Escape(text, _session.Options.EnableMagicLinks) : text;
    }

    /// <inheritdoc/>
    public string ExtensionTag(string name, string? content, IReadOnlyList<KeyValuePair<string, string>> attributes)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(attributes);
        return TagFunction(AsciiText.ToLower(ParserFunctionArgument.Trim(name)), content, attributes);
    }

    /// <inheritdoc/>
    public IExpansionFrame NewChild(PageTitle title, IReadOnlyList<KeyValuePair<string, string>> arguments)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(arguments);
        return NewChild((IEnumerable<KeyValuePair<string, string>>)arguments, title);
    }
}
