namespace Athenaeum.Storage;

/// <summary>One import of a dump file into the library: what, when, how far and how it ended.</summary>
/// <param name="Id">The run's id.</param>
/// <param name="SourceFile">The dump's file name (without directory).</param>
/// <param name="SourceSize">The dump's size in bytes; with the name it identifies the file when resuming.</param>
/// <param name="DumpDate">The dump's date, or <see langword="null"/>.</param>
/// <param name="StartedAt">When the run started.</param>
/// <param name="FinishedAt">When it finished, or <see langword="null"/> while running or interrupted.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Progress">Its counters and resume point.</param>
/// <param name="Removed">Pages marked removed at its end.</param>
/// <param name="Error">The error that stopped it, or <see langword="null"/>.</param>
public sealed record ImportRun(
    long Id,
    string SourceFile,
    long SourceSize,
    DateOnly? DumpDate,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    ImportRunStatus Status,
    ImportRunProgress Progress,
    long Removed,
    string? Error);
