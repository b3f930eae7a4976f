using System.Buffers;
using System.Globalization;
using System.Text;
using Athenaeum.Dump.Compression;
using Athenaeum.Dump.Xml;

namespace Athenaeum.Dump.Tests;

/// <summary>Builds small dumps for tests: generated pages, and multistream files made of hand-written XML chunks.</summary>
internal static class SyntheticDump
{
    public static SiteInfo Site { get; } = new(
        "Testwiki", "testwiki", "https://test.example.org/wiki/Main_Page", "MediaWiki 1.39.0", "first-letter",
        [new NamespaceDefinition(0, string.Empty, "first-letter"), new NamespaceDefinition(10, "Template", "first-letter")],
        "en",
        "0.11");

    public static DumpPage Page(int i, int textLength = 200)
    {
        var text = new StringBuilder();
        var random = new Random(i);
        while (text.Length < textLength)
        {
            text.Append("word").Append(random.Next(5000).ToString(CultureInfo.InvariantCulture)).Append(i % 7 == 0 ? " & <b>" : " ");
        }

        var revision = new DumpRevision(
            1000 + i, i > 1 ? 999 + i : null, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(i),
            i % 5 == 0 ? new DumpContributor(null, null, "192.0.2." + (i % 250).ToString(CultureInfo.InvariantCulture)) : new DumpContributor("User" + i, i, null),
            "edit " + i, i % 3 == 0, "wikitext", "text/x-wiki", text.ToString(), null, null, RevisionDeletion.None);
        return new DumpPage("Page " + i.ToString(CultureInfo.InvariantCulture), i % 10 == 0 ? 10 : 0, i, i % 11 == 0 ? "Target " + i : null, [revision], 0);
    }

    public static string Header()
    {
        var xml = new StringBuilder();
        ExportXmlWriter.WriteHeader(xml, Site);
        return xml.ToString();
    }

    public static string Pages(int first, int count)
    {
        var xml = new StringBuilder();
        for (var i = first; i < first + count; i++)
        {
            ExportXmlWriter.WritePage(xml, Page(i));
        }

        return xml.ToString();
    }

    /// <summary>Writes header, chunks and footer as separate bz2 streams, and an index of the chunks; returns the chunk offsets.</summary>
    public static List<long> WriteMultistream(string path, IReadOnlyList<string> chunks, string? header = null, string footer = ExportXmlWriter.Footer, bool writeIndex = true)
    {
        var offsets = new List<long>();
        var index = new StringBuilder();
        using (var file = File.Create(path))
        {
            WriteStream(file, header ?? Header());
            foreach (var chunk in chunks)
            {
                offsets.Add(file.Position);
                foreach (var id in PageIds(chunk))
                {
                    index.Append(file.Position).Append(':').Append(id).Append(":Page ").Append(id).Append('\n');
                }

                WriteStream(file, chunk);
            }

            WriteStream(file, footer);
        }

        if (writeIndex)
        {
            using var indexFile = new Bzip2CompressStream(File.Create(IndexPathOf(path)));
            indexFile.Write(Encoding.UTF8.GetBytes(index.ToString()));
        }

        return offsets;
    }

    public static string IndexPathOf(string dumpPath) => dumpPath[..^".xml.bz2".Length] + "-index.txt.bz2";

    public static byte[] Compress(string text)
    {
        var output = new ArrayBufferWriter<byte>();
        Bzip2CompressStream.CompressStream(Encoding.UTF8.GetBytes(text), output);
        return output.WrittenSpan.ToArray();
    }

    private static void WriteStream(Stream file, string text) => file.Write(Compress(text));

    private static IEnumerable<string> PageIds(string chunk)
    {
        const string marker = "  <page>\n    <title>Page ";
        var at = 0;
        while ((at = chunk.IndexOf(marker, at, StringComparison.Ordinal)) >= 0)
        {
            at += marker.Length;
            yield return chunk[at..chunk.IndexOf('<', at)];
        }
    }
}
