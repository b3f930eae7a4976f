using System.Diagnostics;
using System.Text;

namespace Athenaeum.Cli.Tests;

/// <summary>Runs the built <c>athenaeum</c> command as a real process (its dll is copied beside the tests).</summary>
internal static class CliProcess
{
    private static string CliDll => Path.Combine(AppContext.BaseDirectory, "athenaeum.dll");

    public static Process Start(string workingDirectory, params string[] args) => Start(workingDirectory, [], args);

    /// <summary>
    /// Starts the CLI at the lowest CPU priority (through nice, which keeps the process id): a test that watches it
    /// work and stops it part way then gets the processor whenever it asks, even on a busy two-core machine.
    /// </summary>
    /// <param name="workingDirectory">The working directory.</param>
    /// <param name="args">The arguments.</param>
    /// <returns>The running process.</returns>
    public static Process StartNiced(string workingDirectory, params string[] args) => Start(workingDirectory, ["nice", "-n", "19"], args);

    public static async Task<CliResult> RunAsync(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        return await CollectAsync(process);
    }

    /// <summary>Runs the CLI as the unprivileged user 'nobody' through setpriv (the caller must be root).</summary>
    public static async Task<CliResult> RunAsNobodyAsync(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"], args);
        return await CollectAsync(process);
    }

    /// <summary>Starts the CLI, as 'nobody' (through setpriv) when <paramref name="asNobody"/>, with extra environment variables.</summary>
    /// <param name="workingDirectory">The working directory.</param>
    /// <param name="environment">Variables to set.</param>
    /// <param name="asNobody">Whether to drop to uid and gid 65534 first (the caller is root).</param>
    /// <param name="args">The arguments.</param>
    /// <returns>The running process.</returns>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, bool asNobody, params string[] args)
    {
        return Start(workingDirectory, asNobody ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : [], args, environment);
    }

    /// <summary>Runs the CLI to the end with extra environment variables.</summary>
    /// <param name="workingDirectory">The working directory.</param>
    /// <param name="environment">Variables to set.</param>
    /// <param name="asNobody">Whether to drop to uid and gid 65534 first (the caller is root).</param>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code and output.</returns>
    public static async Task<CliResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, bool asNobody, params string[] args)
    {
        using var process = Start(workingDirectory, environment, asNobody, args);
        return await CollectAsync(process);
    }

    private static Process Start(string workingDirectory, string[] launcher, string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(launcher.Length == 0 ? "dotnet" : launcher[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (launcher.Length > 0)
        {
            foreach (var arg in launcher.Skip(1))
            {
                info.ArgumentList.Add(arg);
            }

            info.ArgumentList.Add("dotnet");
            info.Environment["HOME"] = Path.GetTempPath();
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        info.ArgumentList.Add(CliDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("Could not start the athenaeum process.");
    }

    private static async Task<CliResult> CollectAsync(Process process)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}
