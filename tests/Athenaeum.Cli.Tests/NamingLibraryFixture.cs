namespace Athenaeum.Cli.Tests;

/// <summary>
/// A library imported once with the real CLI from <c>TestData/render-naming.xml</c>: titles with a slash,
/// non-ASCII letters, punctuation, a template, a redirect and one title too long for a file name.
/// </summary>
public sealed class NamingLibraryFixture : IAsyncLifetime, IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    /// <summary>Gets the directory holding the library (also a working directory for the tests).</summary>
    public string Root => _directory.Root;

    /// <summary>Gets the library file.</summary>
    public string Library => _directory.File("naming.db");

    /// <summary>Gets the path of a file in the test project's TestData folder.</summary>
    /// <param name="name">The file name.</param>
    /// <returns>The full path.</returns>
    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        var import = await CliProcess.RunAsync(Root, "import", TestData("render-naming.xml"), "--library", Library);
        if (import.ExitCode != 0)
        {
            throw new InvalidOperationException("import of render-naming.xml failed: " + import.Stderr);
        }
    }

    /// <inheritdoc/>
    public Task DisposeAsync() => Task.CompletedTask;

    /// <inheritdoc/>
    public void Dispose() => _directory.Dispose();
}
