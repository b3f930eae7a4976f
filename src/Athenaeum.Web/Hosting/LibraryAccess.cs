using System.Security.Cryptography;
using System.Text;

namespace Athenaeum.Web.Hosting;

/// <summary>Finds out whether the server can write a library, and where a read-only library's state goes.</summary>
internal static class LibraryAccess
{
    /// <summary>
    /// Tells why the server cannot write a library file, or <see langword="null"/> when it can: the file must
    /// open for writing, and its folder must take new files (SQLite's WAL and shared-memory files and the
    /// import lock live beside it). Probing creates and deletes one empty file in the folder.
    /// </summary>
    /// <param name="path">The library file (it exists).</param>
    /// <returns>The reason, for the start-up log, or <see langword="null"/>.</returns>
    public static string? WhyNotWritable(string path)
    {
        try
        {
            using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, 1))
            {
            }
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return "the library file is not writable";
        }

        var folder = Path.GetDirectoryName(path) ?? ".";
        try
        {
            var probe = Path.Combine(folder, ".athenaeum-write-probe-" + Guid.NewGuid().ToString("N"));
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return "the library's folder is not writable";
        }

        return null;
    }

    /// <summary>
    /// The default state database of a read-only library: <c>athenaeum/NAME-HASH-state.db</c> under the user's
    /// data directory (<c>$XDG_DATA_HOME</c>, else <c>~/.local/share</c> on Linux). NAME is the library file's
    /// name; HASH (8 hex digits of its full path) keeps two libraries of the same file name apart, since flags
    /// name pages by the library's page ids.
    /// </summary>
    /// <param name="libraryPath">The library's full path.</param>
    /// <returns>The path, or <see langword="null"/> when the user has no data directory.</returns>
    public static string? DefaultStatePath(string libraryPath)
    {
        var data = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrWhiteSpace(data) || !Path.IsPathRooted(data))
        {
            data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        }

        if (string.IsNullOrWhiteSpace(data))
        {
            return null;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(libraryPath)))[..8];
        return Path.Combine(data, "athenaeum", Path.GetFileNameWithoutExtension(libraryPath) + "-" + hash + "-state.db");
    }
}
