using System.Diagnostics;
using System.Globalization;
using Athenaeum.Cli.Output;
using Athenaeum.Dump;

namespace Athenaeum.Cli.Commands;

/// <summary>
/// <c>athenaeum import DUMP --decode-only</c>: reads the dump as an import does (the same decompression threads and
/// XML parser) but stores nothing, so its time is the import's ceiling on this machine (bench/import/run.sh).
/// </summary>
internal static class DecodeOnlyRun
{
    public static async Task<int> RunAsync(string dumpPath, string? indexPath, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var options = new DumpReaderOptions { IndexPath = indexPath };
        await using var reader = await DumpReader.OpenAsync(dumpPath, options, cancellationToken);
        long pages = 0;
        long revisions = 0;
        long textChars = 0;
        await foreach (var page in reader.ReadPagesAsync(cancellationToken))
        {
            pages++;
            revisions += page.Revisions.Count;
            textChars += page.LatestRevision?.Text?.Length ?? 0;
        }

        var seconds = watch.Elapsed.TotalSeconds;
        var xmlMegabytes = reader.UncompressedBytesRead / 1e6;
        var threads = reader.Kind == DumpKind.Bzip2Multistream ? Environment.ProcessorCount : 1;
        CliConsole.Line(string.Create(CultureInfo.InvariantCulture, $"Decoded {Path.GetFileName(dumpPath)} ({reader.Kind}, {threads} decompression thread(s)); nothing stored"));
        CliConsole.Line(string.Create(
            CultureInfo.InvariantCulture,
            $"  {pages:N0} pages in {seconds:N1} s: {pages / seconds:N0} pages/s, {xmlMegabytes / seconds:N1} MB/s of XML"));
        CliConsole.Line(string.Create(CultureInfo.InvariantCulture, $"  {xmlMegabytes:N1} MB of XML · {revisions:N0} revisions · {textChars:N0} characters of latest-revision text"));
        return 0;
    }
}
