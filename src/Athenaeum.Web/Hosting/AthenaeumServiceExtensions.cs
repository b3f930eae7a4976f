using Athenaeum.Web.Assets;
using Athenaeum.Web.Caching;
using Athenaeum.Web.Collections;
using Athenaeum.Web.Flags;
using Athenaeum.Web.Mail;
using Athenaeum.Web.Pages;
using Athenaeum.Web.Rendering;
using Athenaeum.Web.Search;
using Athenaeum.Web.Subjects;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Athenaeum.Web.Hosting;

/// <summary>Registers the reader's site: the library, the renderer, the caches, search and the page writers.</summary>
public static class AthenaeumServiceExtensions
{
    /// <summary>
    /// Adds the site's services, reading the settings from the configuration section <c>Athenaeum</c>
    /// (and <c>athenaeum.json</c> in the working directory, when present). The library is opened on
    /// first use, so that a missing library is reported with its path when the first request arrives
    /// and at start-up by the background monitor.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    /// <returns>The same builder.</returns>
    public static WebApplicationBuilder AddAthenaeumServices(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.AddJsonFile("athenaeum.json", optional: true, reloadOnChange: false);
        var services = builder.Services;
        services.Configure<AthenaeumOptions>(builder.Configuration.GetSection(AthenaeumOptions.SectionName));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<AthenaeumOptions>>().Value);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => LibraryContext.Open(sp.GetRequiredService<AthenaeumOptions>()));
        services.AddSingleton(sp => new LibraryGeneration(sp.GetRequiredService<LibraryContext>().Provider.ImportRuns, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<CacheWriteQueue>();
        services.AddSingleton<ArticleRenderService>();
        services.AddSingleton<HiddenCategoryDecider>();
        services.AddSingleton<HiddenCategories>();
        services.AddSingleton<HiddenCategoryScanner>();
        services.AddSingleton<SubjectFinder>();
        services.AddSingleton<StaticAssets>();
        services.AddSingleton<PageShell>();
        services.AddSingleton<ArticlePageWriter>();
        services.AddSingleton<SearchPageWriter>();
        services.AddSingleton<CollectionPageWriter>();
        services.AddSingleton<SitePageWriter>();
        services.AddSingleton<LegalDocuments>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<SearchIndexSynchronizer>();
        services.AddSingleton<SearchIndexStatus>();
        services.AddSingleton(sp =>
        {
            var cache = new ResponseCache(Math.Max(1, sp.GetRequiredService<AthenaeumOptions>().ResponseCacheMiB) * 1024L * 1024L);
            sp.GetRequiredService<LibraryGeneration>().Changed += (_, _) => cache.Clear();
            return cache;
        });
        services.AddHostedService<LibraryMonitor>();
        services.AddAthenaeumFlags();
        services.AddAthenaeumMail();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
        });
        return builder;
    }
}
