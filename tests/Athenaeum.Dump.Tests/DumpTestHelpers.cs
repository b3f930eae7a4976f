using System.Security.Cryptography;
using System.Text;

namespace Athenaeum.Dump.Tests;

/// <summary>Reading whole dumps and comparing pages in tests.</summary>
internal static class DumpTestHelpers
{
    public static string FatwikiDump => CorpusPaths.Get("dumps/fatwiki-20240920-pages-articles-multistream.xml.bz2");

    public static string FatwikiIndex => CorpusPaths.Get("dumps/fatwiki-20240920-pages-articles-multistream-index.txt.bz2");

    public static async Task<(DumpReader Reader, List<DumpPage> Pages)> ReadAllAsync(string path, DumpReaderOptions? options = null)
    {
        var reader = await DumpReader.OpenAsync(path, options);
        await using (reader)
        {
            var pages = new List<DumpPage>();
            await foreach (var page in reader.ReadPagesAsync())
            {
                pages.Add(page);
            }

            return (reader, pages);
        }
    }

    /// <summary>A hash of everything a page carries except its source offset.</summary>
    public static string Fingerprint(DumpPage page)
    {
        var text = new StringBuilder();
        text.Append(page.Title).Append('\u0001').Append(page.Namespace).Append('\u0001').Append(page.Id).Append('\u0001').Append(page.RedirectTarget);
        foreach (var r in page.Revisions)
        {
            text.Append('\u0002').Append(r.Id).Append('\u0001').Append(r.ParentId).Append('\u0001').Append(r.Timestamp.UtcTicks)
                .Append('\u0001').Append(r.Contributor?.UserName).Append('\u0001').Append(r.Contributor?.UserId).Append('\u0001').Append(r.Contributor?.Ip)
                .Append('\u0001').Append(r.Comment).Append('\u0001').Append(r.Minor).Append('\u0001').Append(r.Model).Append('\u0001').Append(r.Format)
                .Append('\u0001').Append(r.Bytes).Append('\u0001').Append(r.Sha1).Append('\u0001').Append(r.Deleted).Append('\u0001').Append(r.Text);
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>A hash of the whole page sequence, source offsets included.</summary>
    public static string Fingerprint(IEnumerable<DumpPage> pages, bool withOffsets = true)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var page in pages)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Fingerprint(page)));
            if (withOffsets)
            {
                hash.AppendData(BitConverter.GetBytes(page.SourceOffset));
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "athenaeum-dump-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
