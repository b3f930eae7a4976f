using System.Diagnostics;

namespace Athenaeum.Cli.Tests;

/// <summary>
/// A fact that is skipped, with the reason, when the comparison benchmark's Debian packages are missing
/// and cannot be installed here (not Debian, or neither root nor passwordless sudo). When they can be
/// installed, the benchmark installs them itself.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class BenchSmokeFactAttribute : FactAttribute
{
    /// <summary>The packages bench/compare needs (bench/compare/benchlib/packages.py).</summary>
    internal static readonly string[] Packages =
        ["php-fpm", "php-cli", "php-sqlite3", "php-mbstring", "php-xml", "php-intl", "php-apcu", "lua5.1", "mediawiki",
         "kiwix-tools", "zim-tools", "wrk", "bzip2", "sqlite3", "python3"];

    public BenchSmokeFactAttribute()
    {
        Skip = SkipReason();
    }

    private static string? SkipReason()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/dpkg-query"))
        {
            return "bench/compare --smoke: not a Debian system (no dpkg-query); MediaWiki, kiwix-serve and wrk come from Debian packages";
        }

        var missing = Packages.Where(p => !Installed(p)).ToList();
        if (missing.Count == 0 || Environment.UserName == "root" || Succeeds("sudo", "-n", "true"))
        {
            return null;
        }

        return "bench/compare --smoke: Debian packages missing and not installable here (not root, no passwordless sudo): " + string.Join(' ', missing);
    }

    private static bool Installed(string package)
    {
        var (ok, output) = Run("dpkg-query", "-W", "-f=${Status}", package);
        return ok && output.Contains("install ok installed", StringComparison.Ordinal);
    }

    private static bool Succeeds(string file, params string[] args) => Run(file, args).Ok;

    private static (bool Ok, string Output) Run(string file, params string[] args)
    {
        try
        {
            var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in args)
            {
                info.ArgumentList.Add(arg);
            }

            using var process = Process.Start(info);
            if (process is null)
            {
                return (false, string.Empty);
            }

            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            if (!process.WaitForExit(10_000))
            {
                process.Kill(entireProcessTree: true);
                return (false, output);
            }

            return (process.ExitCode == 0, output);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (false, string.Empty);
        }
    }
}
