namespace Athenaeum.Cli.Commands;

/// <summary>The arguments of one <c>athenaeum render</c> call.</summary>
/// <param name="Title">The stored page to render, or <see langword="null"/>.</param>
/// <param name="Files">The wikitext files to render (<c>--file</c>, possibly repeated); empty for none.</param>
/// <param name="FilesFrom">The file listing more files to render (<c>--files-from</c>, '-' for stdin), or <see langword="null"/>.</param>
/// <param name="PageTitle">The title a file is rendered as, or <see langword="null"/> for its name.</param>
/// <param name="All">Whether to render every page of <paramref name="Namespace"/>.</param>
/// <param name="OutputDirectory">The directory of <c>--all</c> and of many files.</param>
/// <param name="Namespace">The namespace of <c>--all</c>.</param>
/// <param name="Jobs">The workers of <c>--all</c> and of many files.</param>
/// <param name="TimeoutSeconds">The time limit of one page.</param>
/// <param name="LibraryPath">The library file.</param>
/// <param name="LibraryGiven">Whether <c>--library</c> was given (not the default).</param>
internal sealed record RenderRequest(
    string? Title,
    IReadOnlyList<string> Files,
    string? FilesFrom,
    string? PageTitle,
    bool All,
    string? OutputDirectory,
    int Namespace,
    int Jobs,
    int TimeoutSeconds,
    string LibraryPath,
    bool LibraryGiven);
