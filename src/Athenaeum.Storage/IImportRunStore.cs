namespace Athenaeum.Storage;

/// <summary>Reads the log of import runs.</summary>
/// <remarks>Thread-safe; share one instance.</remarks>
public interface IImportRunStore
{
    /// <summary>Gets the most recent import run.</summary>
    /// <returns>The run, or <see langword="null"/> when the library has never been imported into.</returns>
    ImportRun? GetLatestRun();

    /// <summary>Gets the most recent import runs, newest first.</summary>
    /// <param name="limit">The most runs to return.</param>
    /// <returns>The runs.</returns>
    IReadOnlyList<ImportRun> GetRuns(int limit);
}
