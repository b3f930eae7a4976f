namespace Athenaeum.Tests.Shared;

/// <summary>
/// Locates the shared test corpus (<c>../shared/corpus/</c> beside the repository root) from a test's
/// output directory, so that tests read the real data in place and never copy it.
/// </summary>
internal static class CorpusPaths
{
    private static readonly Lazy<string> RepositoryRootLazy = new(FindRepositoryRoot);

    /// <summary>Gets the repository root (the directory holding Athenaeum.slnx).</summary>
    public static string RepositoryRoot => RepositoryRootLazy.Value;

    /// <summary>Gets <c>../shared/corpus</c> beside the repository root.</summary>
    public static string Corpus => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));

    /// <summary>Gets <c>../shared/tools</c> beside the repository root.</summary>
    public static string Tools => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "tools"));

    /// <summary>Gets a path inside the corpus, failing clearly when the corpus is not there.</summary>
    /// <param name="relative">The path below <c>corpus/</c>, for example "dumps/tinywiki.xml".</param>
    /// <returns>The full path.</returns>
    public static string Get(string relative)
    {
        var path = Path.Combine(Corpus, relative);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new FileNotFoundException($"Test corpus file not found: {path} (the corpus belongs in ../shared/corpus beside the repository)", path);
        }

        return path;
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Athenaeum.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Athenaeum.slnx not found above " + AppContext.BaseDirectory);
    }
}
