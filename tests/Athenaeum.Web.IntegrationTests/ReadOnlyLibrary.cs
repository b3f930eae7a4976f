using System.Runtime.Versioning;
using System.Security.Cryptography;
using Athenaeum.Web.IntegrationTests.Flags;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Athenaeum.Web.IntegrationTests;

/// <summary>
/// A copy of the imported demo library whose file has mode 0444 in a folder of mode 0555 (restored on
/// dispose), and sites served over it read-only.
/// </summary>
[UnsupportedOSPlatform("windows")]
internal sealed class ReadOnlyLibrary : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    private ReadOnlyLibrary()
    {
    }

    /// <summary>Gets the library file.</summary>
    public string Path => System.IO.Path.Combine(Folder, "library.db");

    /// <summary>Gets the library's folder.</summary>
    public string Folder => System.IO.Path.Combine(_directory.Root, "library");

    /// <summary>Gets the test's writable folder (for state databases).</summary>
    public string Root => _directory.Root;

    /// <summary>Gets the state database the sites use unless a setting says otherwise.</summary>
    public string StatePath => System.IO.Path.Combine(_directory.Root, "state", "state.db");

    /// <summary>Gets a value indicating whether the tests run as root, where file modes do not stop writes.</summary>
    public static bool IsRoot => string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    /// <summary>Copies the demo library and takes away the write bits.</summary>
    /// <returns>The library.</returns>
    public static async Task<ReadOnlyLibrary> CreateAsync()
    {
        var library = new ReadOnlyLibrary();
        Directory.CreateDirectory(library.Folder);
        await DemoLibrary.CopyToAsync(library.Folder);
        File.SetUnixFileMode(library.Path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(library.Folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        return library;
    }

    /// <summary>Hashes the library file.</summary>
    /// <returns>The SHA-256 in hex.</returns>
    public string Hash() => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path)));

    /// <summary>Serves the library.</summary>
    /// <param name="settings">Settings (Athenaeum:ReadOnly, Athenaeum:StatePath …).</param>
    /// <returns>The site.</returns>
    public WebApplicationFactory<Program> Serve(params (string Key, string Value)[] settings) => new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Athenaeum:Library", Path);
        builder.UseSetting("Athenaeum:DataDirectory", Root);
        builder.UseSetting("Athenaeum:GenerationCheckSeconds", "0.1");
        builder.UseSetting("Athenaeum:StatePath", StatePath);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    });

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            File.SetUnixFileMode(Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        _directory.Dispose();
    }
}
