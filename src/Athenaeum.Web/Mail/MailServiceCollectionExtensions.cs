using Athenaeum.Web.Flags;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Athenaeum.Web.Mail;

/// <summary>Registers the services of "Email this Article".</summary>
public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// Adds the mail services and antiforgery. They use the site's library context (registered by the
    /// site; its options carry <c>Smtp</c> and <c>Limits</c>), its page shell, a <see cref="TimeProvider"/>
    /// (the system clock unless one is registered) and logging.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddAthenaeumMail(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddReaderFormServices();
        services.TryAddSingleton<ArticleMailer>();
        return services;
    }
}
