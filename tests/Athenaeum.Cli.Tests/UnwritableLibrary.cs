using System.Runtime.Versioning;

namespace Athenaeum.Cli.Tests;

/// <summary>
/// Makes a library folder one the serving process can read but not write. Root writes anywhere, so as root
/// the server must run as 'nobody' (setpriv), which then needs to reach the test's folder.
/// </summary>
[UnsupportedOSPlatform("windows")]
internal static class UnwritableLibrary
{
    private const UnixFileMode ReadOnlyFile = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private const UnixFileMode ReadOnlyFolder = ReadOnlyFile | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    /// <summary>Gets a value indicating whether the tests run as root.</summary>
    public static bool IsRoot => string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    /// <summary>Gives every file in the folder mode 0444 and the folder 0555.</summary>
    /// <param name="folder">The library's folder.</param>
    public static void MakeReadOnly(string folder)
    {
        foreach (var file in Directory.GetFiles(folder))
        {
            File.SetUnixFileMode(file, ReadOnlyFile);
        }

        File.SetUnixFileMode(folder, ReadOnlyFolder);
    }

    /// <summary>Gives the folder back to its owner, so the temporary directory can be deleted.</summary>
    /// <param name="folder">The library's folder.</param>
    public static void MakeWritable(string folder) => File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

    /// <summary>As root, lets 'nobody' reach the test's folder; tells whether the server must run as 'nobody'.</summary>
    /// <param name="root">The test's temporary folder.</param>
    /// <returns><see langword="true"/> when the tests run as root.</returns>
    public static bool PrepareForNobody(string root)
    {
        if (!IsRoot)
        {
            return false;
        }

        File.SetUnixFileMode(root, File.GetUnixFileMode(root) | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        return true;
    }

    /// <summary>Makes a folder anyone may write (the state folder of a server running as 'nobody').</summary>
    /// <param name="folder">The folder, created.</param>
    /// <returns>The folder.</returns>
    public static string CreateSharedFolder(string folder)
    {
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);
        return folder;
    }
}
