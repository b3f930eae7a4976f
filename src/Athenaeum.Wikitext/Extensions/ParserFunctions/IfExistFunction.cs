using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Extensions.CoreFunctions;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Wikitext.Extensions.ParserFunctions;

/// <summary>
/// <c>{{#ifexist: title | then | else}}</c>, as ParserFunctions: a page title checks the page
/// (counting as an expensive call the first time a title is checked in a render, as MediaWiki's
/// link cache makes repeated checks free) and records the dependency; a <c>Media:</c> title checks
/// the file itself; special pages exist when MediaWiki has them; interwiki titles never exist.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class IfExistFunction : IParserFunction
{
    /// <inheritdoc/>
    public IReadOnlyList<string> Names { get; } = ["#ifexist"];

    /// <inheritdoc/>
    public bool IsCaseSensitive => false;

    /// <inheritdoc/>
    public ParserFunctionResult Invoke(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
    {
        var titleText = args.Count > 0 ? args[0].ExpandTrimmed() : string.Empty;
        var branch = Exists(host, titleText) ? 1 : 2;
        return branch < args.Count ? args[branch].ExpandTrimmed() : string.Empty;
    }

    private static bool Exists(IParserFunctionHost host, string titleText)
    {
        var title = host.Context.Titles.Parse(titleText);
        if (title is null)
        {
            return false;
        }

        if (title.IsExternal)
        {
            // Pages of other wikis cannot be checked; they do not exist locally.
            return false;
        }

        if (title.Namespace == StandardNamespaces.Media)
        {
            if (!host.TryIncrementExpensiveFunctionCount())
            {
                return false;
            }

            var file = host.Context.Titles.MakeTitle(StandardNamespaces.File, title.Text);
            host.Output.Images.Add(title.DbKey);
            return file is not null && host.Context.Pages.FileExists(file);
        }

        if (title.Namespace == StandardNamespaces.Special)
        {
            // Known without a database lookup, so not expensive.
            return SpecialPages.TryResolve(title.Text, out _, out _);
        }

        var checkedTitles = host.GetExtensionState(() => new CheckedTitles());
        var key = title.WithoutFragment.PrefixedDbKey;
        if (!checkedTitles.TryGetValue(key, out var exists))
        {
            if (!host.TryIncrementExpensiveFunctionCount())
            {
                return false;
            }

            exists = host.Context.Pages.Exists(title.WithoutFragment);
            checkedTitles[key] = exists;
        }

        host.AddExistenceDependency(title.WithoutFragment);
        return exists;
    }

    /// <summary>The titles checked during one render and whether they exist (MediaWiki's link cache).</summary>
    private sealed class CheckedTitles : Dictionary<string, bool>
    {
        public CheckedTitles()
            : base(StringComparer.Ordinal)
        {
        }
    }
}
