namespace Athenaeum.Storage;

/// <summary>The counters of an import run, saved with every committed batch so that a resumed run continues them.</summary>
/// <param name="ResumeOffset">Where to resume reading: the bz2 stream offset of the last committed page of a multistream dump, or 0 for other dumps.</param>
/// <param name="ResumeSkip">How many pages, read from <paramref name="ResumeOffset"/> on, are already committed and are skipped on resume.</param>
/// <param name="PagesRead">Pages read from the dump, each counted once even across resumes.</param>
/// <param name="Added">Pages new to the library.</param>
/// <param name="Updated">Pages whose revision, title or redirect changed, or that came back after removal.</param>
/// <param name="Unchanged">Pages already stored with the same revision.</param>
/// <param name="Skipped">Pages skipped: an older duplicate of a title, or without text.</param>
/// <param name="NewestRevision">The newest revision timestamp seen, or <see langword="null"/>.</param>
public sealed record ImportRunProgress(
    long ResumeOffset,
    long ResumeSkip,
    long PagesRead,
    long Added,
    long Updated,
    long Unchanged,
    long Skipped,
    DateTimeOffset? NewestRevision)
{
    /// <summary>Gets the counters of a run that has not read anything.</summary>
    public static ImportRunProgress Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, null);
}
