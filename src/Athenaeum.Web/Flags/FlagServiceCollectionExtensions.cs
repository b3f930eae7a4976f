using Athenaeum.Web.Assets;
using Athenaeum.Web.Pages;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Athenaeum.Web.Flags;

/// <summary>Registers the services of "Flag as Inappropriate".</summary>
public static class FlagServiceCollectionExtensions
{
    /// <summary>
    /// Adds the flag services and antiforgery. They use the site's library context (registered by the
    /// site), its page shell and a <see cref="TimeProvider"/> (the system clock unless one is registered).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddAthenaeumFlags(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddReaderFormServices();
        services.TryAddSingleton<FlagService>();
        return services;
    }

    /// <summary>Adds what both reader forms share (used by the mail registration too).</summary>
    /// <param name="services">The services.</param>
    /// <returns>The same services.</returns>
    internal static IServiceCollection AddReaderFormServices(this IServiceCollection services)
    {
        services.AddAntiforgery();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StaticAssets>();
        services.TryAddSingleton<PageShell>();
        services.TryAddSingleton<ReaderAddressHasher>();
        services.TryAddSingleton<ReaderArticleResolver>();
        services.TryAddSingleton<ReaderPages>();
        return services;
    }
}
