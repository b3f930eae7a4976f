using System.Globalization;
using System.Text;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Globalization;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Extensions.CoreFunctions;

/// <summary>
/// Page and revision data: PAGEID, REVISIONID, REVISIONDAY(2), REVISIONMONTH(1), REVISIONYEAR,
/// REVISIONTIMESTAMP, REVISIONUSER, REVISIONSIZE, PAGESIZE, PAGESINCATEGORY, PROTECTIONLEVEL,
/// PROTECTIONEXPIRY, CASCADINGSOURCES. Other pages are read through the page source and count as
/// expensive; what a dump cannot know (category sizes, protections, other pages' authors) is given
/// as MediaWiki gives it for a wiki without that data.
/// </summary>
internal static class PageDataFunctions
{
    public static void Register(CoreRegistry r, CoreParserFunctionsOptions options)
    {
        r.CaseInsensitiveVariable(["PAGEID"], h => h.Context.PageId == 0 ? string.Empty : Int(h.Context.PageId));
        r.Function(["PAGEID"], PageId);
        r.Variable(["REVISIONID"], h => RevisionIdVariable(h, options));
        r.CaseSensitiveFunction(["REVISIONID"], (h, a) => WithRevision(h, a, rev => Int(rev.RevisionId)));
        AddRevisionDate(r, "REVISIONDAY", "j", options);
        AddRevisionDate(r, "REVISIONDAY2", "d", options);
        AddRevisionDate(r, "REVISIONMONTH", "m", options);
        AddRevisionDate(r, "REVISIONMONTH1", "n", options);
        AddRevisionDate(r, "REVISIONYEAR", "Y", options);
        AddRevisionDate(r, "REVISIONTIMESTAMP", "YmdHis", options);
        r.Variable(["REVISIONUSER"], h => h.Context.RevisionUser);
        r.CaseSensitiveFunction(["REVISIONUSER"], (h, a) => WithRevision(h, a, rev => rev.User));
        r.Variable(["REVISIONSIZE"], h => h.Context.Pages.GetPage(h.Context.Title) is { } page ? Int(Encoding.UTF8.GetByteCount(page.Text)) : string.Empty);
        r.CaseSensitiveFunction(["PAGESIZE"], PageSize);
        r.CaseSensitiveFunction(["PAGESINCATEGORY", "PAGESINCAT"], PagesInCategory);
        r.CaseSensitiveFunction(["PROTECTIONLEVEL"], (h, a) => string.Empty);
        r.CaseSensitiveFunction(["PROTECTIONEXPIRY"], ProtectionExpiry);
        r.Variable(["CASCADINGSOURCES"], h => string.Empty);
        r.CaseSensitiveFunction(["CASCADINGSOURCES"], (h, a) => string.Empty);
    }

    private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string RevisionIdVariable(IParserFunctionHost host, CoreParserFunctionsOptions options)
    {
        // In miser mode MediaWiki hides the id of content pages ("-" once saved) to avoid a second parse on save.
        if (options.MiserMode && host.Context.Title.Namespace >= 0 && host.Context.Title.Namespace % 2 == 0)
        {
            return host.Context.RevisionId != 0 ? "-" : string.Empty;
        }

        return host.Context.RevisionId == 0 ? string.Empty : Int(host.Context.RevisionId);
    }

    private static void AddRevisionDate(CoreRegistry r, string name, string format, CoreParserFunctionsOptions options)
    {
        r.Variable([name], h =>
        {
            var timestamp = h.Context.RevisionTimestamp ?? h.Context.Clock.GetUtcNow();
            return Format(timestamp, format, options.LocalTimeZone);
        });
        r.CaseSensitiveFunction([name], (h, a) => WithRevision(h, a, rev => Format(rev.Timestamp, format, options.LocalTimeZone)));
    }

    private static string Format(DateTimeOffset time, string format, TimeZoneInfo zone)
        => DateFormatter.Format(Language.English, "xN" + format, CivilTime.FromUnix(time.ToUnixTimeSeconds(), zone));

    private static ParserFunctionResult PageId(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
    {
        var title = host.Context.Titles.Parse(FunctionArguments.Trimmed(args, 0));
        if (title is null)
        {
            return string.Empty;
        }

        if (title.Namespace < 0 || title.IsExternal)
        {
            return "0";
        }

        if (IsSelf(host, title))
        {
            return Int(host.Context.PageId);
        }

        if (!host.TryIncrementExpensiveFunctionCount())
        {
            return string.Empty;
        }

        var page = host.Context.Pages.GetPage(title.WithoutFragment);
        host.AddExistenceDependency(title);
        return Int(page?.PageId ?? 0);
    }

    private static ParserFunctionResult WithRevision(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args, Func<RevisionData, string> value)
    {
        var title = host.Context.Titles.Parse(FunctionArguments.Trimmed(args, 0));
        if (title is null)
        {
            return string.Empty;
        }

        var revision = GetRevision(host, title);
        return revision is null ? string.Empty : value(revision);
    }

    /// <summary>CoreParserFunctions::getCachedRevisionObject: the current page's revision, or another page's (expensive).</summary>
    private static RevisionData? GetRevision(IParserFunctionHost host, PageTitle title)
    {
        var context = host.Context;
        if (IsSelf(host, title) && context.RevisionId != 0)
        {
            return new RevisionData(context.RevisionId, context.RevisionTimestamp ?? context.Clock.GetUtcNow(), context.RevisionUser, null);
        }

        if (title.Namespace < 0 || title.IsExternal)
        {
            return null;
        }

        var cache = host.GetExtensionState(() => new RevisionCache());
        var key = title.WithoutFragment.PrefixedDbKey;
        if (!cache.TryGetValue(key, out var revision))
        {
            if (!host.TryIncrementExpensiveFunctionCount())
            {
                return null;
            }

            var page = context.Pages.GetPage(title.WithoutFragment);
            revision = page is null ? null : new RevisionData(page.RevisionId, page.Timestamp, string.Empty, Encoding.UTF8.GetByteCount(page.Text));
            cache[key] = revision;
            host.Output.Templates.Add(title.WithoutFragment);
        }

        return revision;
    }

    private static ParserFunctionResult PageSize(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
    {
        var title = host.Context.Titles.Parse(FunctionArguments.Trimmed(args, 0));
        var raw = FunctionArguments.Trimmed(args, 1);
        long size = 0;
        if (title is not null)
        {
            var revision = IsSelf(host, title) && host.Context.Pages.GetPage(title.WithoutFragment) is { } self
                ? new RevisionData(self.RevisionId, self.Timestamp, string.Empty, Encoding.UTF8.GetByteCount(self.Text))
                : GetRevision(host, title);
            size = revision?.Size ?? 0;
        }

        return SiteVariables.FormatRaw(host, size, raw);
    }

    private static ParserFunctionResult PagesInCategory(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
    {
        var arg1 = FunctionArguments.Trimmed(args, 1);
        var arg2 = FunctionArguments.Trimmed(args, 2);
        var raw = arg1 == "R" ? arg1 : arg2;
        var title = host.Context.Titles.MakeTitle(StandardNamespaces.Category, FunctionArguments.Trimmed(args, 0));
        if (title is not null)
        {
            // Category sizes are not known to a renderer of dump pages: every category counts as empty,
            // but the lookup is expensive as in MediaWiki.
            var counted = host.GetExtensionState(() => new CountedCategories());
            if (counted.Add("category:" + title.DbKey))
            {
                host.TryIncrementExpensiveFunctionCount();
            }
        }

        return SiteVariables.FormatRaw(host, 0, raw);
    }

    private static ParserFunctionResult ProtectionExpiry(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
    {
        var type = FunctionArguments.Trimmed(args, 0).ToLowerInvariant();
        var title = host.Context.Titles.Parse(FunctionArguments.Trimmed(args, 1)) ?? host.Context.Title;
        var exists = host.Context.Pages.Exists(title.WithoutFragment);

        // Nothing in a dump is protected: every applicable restriction type never expires.
        var applicable = exists
            ? type is "edit" or "move" || (type == "upload" && title.Namespace == StandardNamespaces.File)
            : type == "create";
        return applicable ? "infinity" : string.Empty;
    }

    private static bool IsSelf(IParserFunctionHost host, PageTitle title)
        => title.Namespace == host.Context.Title.Namespace && title.DbKey == host.Context.Title.DbKey && !title.IsExternal;

    /// <summary>What the revision functions read of a revision.</summary>
    private sealed record RevisionData(long RevisionId, DateTimeOffset Timestamp, string User, long? Size);

    /// <summary>The categories counted during one render (each is expensive once).</summary>
    private sealed class CountedCategories : HashSet<string>
    {
        public CountedCategories()
            : base(StringComparer.Ordinal)
        {
        }
    }

    /// <summary>The other pages' revisions looked up during one render.</summary>
    private sealed class RevisionCache : Dictionary<string, RevisionData?>
    {
        public RevisionCache()
            : base(StringComparer.Ordinal)
        {
        }
    }
}
