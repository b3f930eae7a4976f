using System.CommandLine;
using Athenaeum.Cli.Output;
using Athenaeum.Storage;
using Athenaeum.Web.Endpoints;
using Athenaeum.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Athenaeum.Cli.Commands;

/// <summary><c>athenaeum serve</c>: serves the library as the reader's site.</summary>
internal static class ServeCommand
{
    /// <summary>Where the site listens unless <c>--urls</c> says otherwise.</summary>
    public const string DefaultUrls = "http://127.0.0.1:8080";

    /// <summary>The logging category of the generic host, which logs "Hosting failed to start" with the exception.</summary>
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    public static Command Create()
    {
        var library = LibraryOption.Create();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen: one or more addresses separated by ';'.",
            HelpName = "URLS",
            DefaultValueFactory = _ => DefaultUrls,
        };
        var readOnly = new Option<bool>("--read-only")
        {
            Description = "Serve the library without writing to it (also chosen by itself when the file or its folder is not writable): renderings are kept in memory, the search index is used as it is, and readers' flags and mail log go to the state database.",
        };
        var state = new Option<string?>("--state")
        {
            Description = "The state database of a read-only library (readers' flags, mail log, rate limits), created on demand. Default: $XDG_DATA_HOME/athenaeum/<library>-<hash>-state.db (~/.local/share when unset).",
            HelpName = "PATH",
        };
        var command = new Command(
            "serve",
            """
            Serves the library as a web site: articles at /wiki/Title, search, Collections, the home page,
            Terms of Use and Privacy Policy. Other settings come from the "Athenaeum" configuration section
            (athenaeum.json in the working directory, or environment variables such as
            Athenaeum__Publisher); docs/web.md lists them. Stop with Ctrl+C.

            Examples:
              athenaeum serve
              athenaeum serve --library /srv/enwiki.db --urls http://0.0.0.0:8080
              athenaeum serve --library /media/dvd/enwiki.db --read-only --state /var/lib/athenaeum/enwiki-state.db
              Athenaeum__Publisher="Example Press" athenaeum serve --urls "http://127.0.0.1:8080;http://[::1]:8080"
            """)
        {
            library,
            urls,
            readOnly,
            state,
        };
        command.SetAction((parse, cancellationToken) => CliConsole.RunAsync(
            () => RunAsync(parse.GetValue(library)!, parse.GetValue(urls)!, parse.GetValue(readOnly), parse.GetValue(state), cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(string libraryPath, string urls, bool readOnly, string? statePath, CancellationToken cancellationToken)
    {
        if (!File.Exists(libraryPath))
        {
            throw new LibraryException($"{Path.GetFullPath(libraryPath)}: no library there; import a dump first ('athenaeum import DUMP --library {libraryPath}').");
        }

        var builder = WebApplication.CreateBuilder();
        builder.Configuration[AthenaeumOptions.SectionName + ":" + nameof(AthenaeumOptions.Library)] = libraryPath;
        if (readOnly)
        {
            builder.Configuration[AthenaeumOptions.SectionName + ":" + nameof(AthenaeumOptions.ReadOnly)] = "true";
        }

        if (!string.IsNullOrWhiteSpace(statePath))
        {
            builder.Configuration[AthenaeumOptions.SectionName + ":" + nameof(AthenaeumOptions.StatePath)] = Path.GetFullPath(statePath);
        }
        builder.WebHost.UseUrls(urls);

        // One line per request at Information is noise on a console; configuration can still lower it.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        // A start-up failure (port in use, bad library) comes back from StartAsync and becomes one line
        // on stderr below; the host would log it first with a full stack trace. The filter is consulted on
        // every log call, so after start-up the host's category logs again: a background service that
        // faults while serving is still reported in full.
        var startingUp = true;
        builder.Logging.AddFilter(HostCategory, level => !startingUp && level >= LogLevel.Information);
        builder.AddAthenaeumServices();
        await using var app = builder.Build();
        app.MapAthenaeumEndpoints();
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return CliConsole.Interrupted;
        }
        catch (IOException ex) when (FindAddressInUse(ex) is not null)
        {
            throw new IOException($"cannot listen on {FailedAddress(ex, urls)}: the address is already in use (another server is listening there; choose another with --urls).", ex);
        }
        finally
        {
            startingUp = false;
        }

        var served = app.Services.GetRequiredService<LibraryContext>().ReadOnly is null ? string.Empty : " read-only";
        CliConsole.Line("Serving " + Path.GetFullPath(libraryPath) + served + " at " + string.Join(", ", app.Urls) + " (Ctrl+C stops)");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: stop serving gracefully below.
        }

        await app.StopAsync(CancellationToken.None);
        return 0;
    }

    private static Exception? FindAddressInUse(Exception ex)
    {
        for (var inner = ex; inner is not null; inner = inner.InnerException)
        {
            if (inner is Microsoft.AspNetCore.Connections.AddressInUseException
                || inner is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressAlreadyInUse })
            {
                return inner;
            }
        }

        return null;
    }

    /// <summary>
    /// The address Kestrel could not bind: its message names it ("Failed to bind to address URL: …"), so the
    /// configured address it contains is the one; all of them when none matches.
    /// </summary>
    private static string FailedAddress(IOException ex, string urls)
    {
        var addresses = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var address in addresses)
        {
            if (ex.Message.Contains(address.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            {
                return address;
            }
        }

        return string.Join(", ", addresses);
    }
}
