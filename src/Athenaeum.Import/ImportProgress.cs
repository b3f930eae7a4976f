namespace Athenaeum.Import;

/// <summary>A snapshot of a running import, reported periodically for progress displays.</summary>
/// <param name="Elapsed">Time since this session of the import started.</param>
/// <param name="PagesRead">Pages read by the run so far, earlier sessions of a resumed run included.</param>
/// <param name="SessionPages">Pages read in this session.</param>
/// <param name="Added">Pages added so far.</param>
/// <param name="Updated">Pages updated so far.</param>
/// <param name="Unchanged">Pages found unchanged so far.</param>
/// <param name="Skipped">Pages skipped so far.</param>
/// <param name="BytesRead">Bytes of the dump file consumed.</param>
/// <param name="StartBytes">Bytes of the dump file already behind the session's starting point (a resumed run starts late).</param>
/// <param name="TotalBytes">The dump file's size.</param>
/// <param name="XmlBytes">Bytes of XML parsed in this session.</param>
/// <param name="IsResumed">Whether this session resumes an interrupted run.</param>
public sealed record ImportProgress(
    TimeSpan Elapsed,
    long PagesRead,
    long SessionPages,
    long Added,
    long Updated,
    long Unchanged,
    long Skipped,
    long BytesRead,
    long StartBytes,
    long TotalBytes,
    long XmlBytes,
    bool IsResumed)
{
    /// <summary>Gets the pages read per second in this session.</summary>
    public double PagesPerSecond => Elapsed.TotalSeconds > 0 ? SessionPages / Elapsed.TotalSeconds : 0;

    /// <summary>Gets the megabytes (10^6 bytes) of XML parsed per second in this session.</summary>
    public double XmlMegabytesPerSecond => Elapsed.TotalSeconds > 0 ? XmlBytes / 1e6 / Elapsed.TotalSeconds : 0;

    /// <summary>Gets the share of the file consumed, 0 to 1.</summary>
    public double Fraction => TotalBytes > 0 ? Math.Clamp((double)BytesRead / TotalBytes, 0, 1) : 0;

    /// <summary>Gets the estimated time to the end of the file, or <see langword="null"/> before there is a rate.</summary>
    public TimeSpan? EstimatedRemaining
    {
        get
        {
            var done = BytesRead - StartBytes;
            if (done <= 0 || Elapsed.TotalSeconds < 1)
            {
                return null;
            }

            var seconds = (TotalBytes - BytesRead) * Elapsed.TotalSeconds / done;
            return TimeSpan.FromSeconds(Math.Max(0, seconds));
        }
    }
}
