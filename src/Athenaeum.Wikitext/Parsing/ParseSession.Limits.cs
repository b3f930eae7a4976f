using System.Text;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Wikitext.Parsing;

/// <content>Limits, warnings and tracking categories.</content>
public sealed partial class ParseSession
{
    private readonly Dictionary<string, string?> _trackingCategoryNames = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds a tracking category named by a message key (MediaWiki's addTrackingCategory): the name is
    /// the wiki's own <c>MediaWiki:</c> message page when it exists, else the name registered with
    /// <see cref="WikitextPipelineBuilder.TrackingCategories"/>; a name of "-" disables the category.
    /// </summary>
    /// <param name="messageKey">The message key, for example "template-loop-category".</param>
    /// <exception cref="ArgumentNullException"><paramref name="messageKey"/> is <see langword="null"/>.</exception>
    public void AddTrackingCategory(string messageKey)
    {
        ArgumentNullException.ThrowIfNull(messageKey);
        if (Context.Title.Namespace == StandardNamespaces.Special)
        {
            return;
        }

        if (!_trackingCategoryNames.TryGetValue(messageKey, out var name))
        {
            name = ResolveTrackingCategory(messageKey);
            _trackingCategoryNames[messageKey] = name;
        }

        if (name is not null)
        {
            AddCategory(name, Output.DefaultSort ?? string.Empty);
        }
    }

    /// <summary>Adds a category, or updates the sort key of one already present (keeping its position), as ParserOutput::addCategory.</summary>
    /// <param name="name">The category name without namespace, with spaces.</param>
    /// <param name="sortKey">The sort key.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public void AddCategory(string name, string sortKey)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(sortKey);
        var categories = Output.Categories;
        for (var k = 0; k < categories.Count; k++)
        {
            if (string.Equals(categories[k].Name, name, StringComparison.Ordinal))
            {
                categories[k] = new CategoryLink(name, sortKey);
                return;
            }
        }

        categories.Add(new CategoryLink(name, sortKey));
    }

    /// <summary>Adds a warning (shown to editors in MediaWiki's preview) once.</summary>
    /// <param name="text">The warning as plain text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public void AddWarning(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Output.Warnings.Contains(text))
        {
            Output.Warnings.Add(text);
        }
    }

    /// <summary>Counts one expensive function call; <see langword="false"/> once over the limit (MediaWiki's incrementExpensiveFunctionCount).</summary>
    /// <returns>Whether the call may go ahead.</returns>
    public bool TryIncrementExpensiveFunctionCount()
    {
        Statistics.ExpensiveFunctionCount++;
        return Statistics.ExpensiveFunctionCount <= Options.MaxExpensiveFunctionCount;
    }

    /// <summary>Warns that a limit was exceeded and adds its tracking category (MediaWiki's limitationWarn).</summary>
    /// <param name="limitationType">"node-count-exceeded", "expansion-depth-exceeded", "post-expand-template-inclusion", ….</param>
    /// <param name="current">The current value, or -1.</param>
    /// <param name="max">The limit, or -1.</param>
    internal void LimitationWarn(string limitationType, long current = -1, long max = -1)
    {
        AddWarning(ExpansionMessages.LimitationWarning(limitationType, current, max));
        AddTrackingCategory(limitationType + "-category");
    }

    /// <summary>Adds <paramref name="text"/>'s UTF-8 size to an include-size counter unless that would pass the limit.</summary>
    /// <param name="argument">Whether to count template argument size rather than post-expand include size.</param>
    /// <param name="text">The text being included.</param>
    /// <returns><see langword="false"/> when the text would pass the limit (and was not counted).</returns>
    internal bool TryIncrementIncludeSize(bool argument, string? text)
    {
        long size = text is null ? 0 : Encoding.UTF8.GetByteCount(text);
        var current = argument ? Statistics.TemplateArgumentSize : Statistics.PostExpandIncludeSize;
        if (current + size > Options.MaxIncludeSize)
        {
            return false;
        }

        if (argument)
        {
            Statistics.TemplateArgumentSize = current + size;
        }
        else
        {
            Statistics.PostExpandIncludeSize = current + size;
        }

        return true;
    }

    private string? ResolveTrackingCategory(string messageKey)
    {
        var messageTitle = Context.Titles.MakeTitle(StandardNamespaces.MediaWiki, messageKey);
        var wikiMessage = messageTitle is null ? null : Context.Pages.GetPage(messageTitle)?.Text;
        var name = Pipeline.ResolveTrackingCategory(messageKey, Context.Site.LanguageCode, wikiMessage);
        return name is null ? null : Context.Titles.MakeTitle(StandardNamespaces.Category, name)?.Text;
    }
}
