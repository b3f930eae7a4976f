using Athenaeum.Dump;
using Athenaeum.Storage;
using Spectre.Console;

namespace Athenaeum.Cli.Output;

/// <summary>Where commands write: Spectre.Console on stdout, one-line errors on stderr.</summary>
internal static class CliConsole
{
    /// <summary>Exit code of a command that failed on bad input or a library problem.</summary>
    public const int Failure = 1;

    /// <summary>Exit code of a command interrupted by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;

    /// <summary>Gets the console for tables and live progress: plain text without colours or wrapping when stdout is redirected.</summary>
    public static IAnsiConsole Out { get; } = CreateConsole();

    /// <summary>Gets a value indicating whether stdout is a terminal that can draw live progress.</summary>
    public static bool IsInteractive => !Console.IsOutputRedirected && Out.Profile.Capabilities.Interactive;

    /// <summary>Writes a plain line to stdout (not wrapped, whatever the terminal's width).</summary>
    /// <param name="line">The line.</param>
    public static void Line(string line) => Console.Out.WriteLine(line);

    private static IAnsiConsole CreateConsole()
    {
        if (!Console.IsOutputRedirected)
        {
            return AnsiConsole.Console;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(Console.Out),
        });
        console.Profile.Width = 200;
        return console;
    }

    /// <summary>Prints one line to stderr: the error's message, which names the bad input.</summary>
    /// <param name="message">The message.</param>
    /// <returns><see cref="Failure"/>.</returns>
    public static int Error(string message)
    {
        Console.Error.WriteLine("error: " + message.ReplaceLineEndings(" "));
        return Failure;
    }

    /// <summary>Runs a command body, turning the expected failures into one-line errors and exit codes.</summary>
    /// <param name="body">The command.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (DumpFormatException ex)
        {
            return Error(ex.Message);
        }
        catch (LibraryException ex)
        {
            return Error(ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Error(ex.Message);
        }
    }
}
