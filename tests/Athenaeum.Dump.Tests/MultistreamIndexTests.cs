using System.Text;

namespace Athenaeum.Dump.Tests;

/// <summary>Parsing multistream index files (expected values counted with bzcat, cut and awk).</summary>
public sealed class MultistreamIndexTests : IDisposable
{
    private readonly string _directory = DumpTestHelpers.TempDirectory();

    private static string AkwikiIndex => CorpusPaths.Get("dumps/akwiki-20230301-pages-articles-multistream-index.txt.bz2");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task LoadAsync_AkwikiIndexAlone_ReadsEveryEntryAndStreamOffset()
    {
        var index = await MultistreamIndex.LoadAsync(AkwikiIndex);

        Assert.Equal(1201, index.Entries.Count);
        Assert.Equal(13, index.StreamOffsets.Count);
        Assert.Equal([616L, 141019L, 188010L], index.StreamOffsets.Take(3));
        Assert.Equal(679120, index.StreamOffsets[^1]);
        Assert.Equal(new MultistreamIndexEntry(616, 1, "Mmoa Din"), index.Entries[0]);
        Assert.Equal(new MultistreamIndexEntry(679120, 8715, "Hojjat Hassanpour"), index.Entries[^1]);
        Assert.Equal(413, index.Entries.Count(e => e.Title.Contains(':', StringComparison.Ordinal)));
    }

    [Fact]
    public async Task FindByTitle_TitleWithColon_FindsEntry()
    {
        var index = await MultistreamIndex.LoadAsync(AkwikiIndex);

        var entry = index.FindByTitle("Nkyekyem:Candidates for speedy deletion");

        Assert.Equal(new MultistreamIndexEntry(616, 1578, "Nkyekyem:Candidates for speedy deletion"), entry);
        Assert.Equal("Kwame Nkrumah", index.FindById(1714)!.Title);
        Assert.Null(index.FindByTitle("Absent"));
        Assert.Null(index.FindById(-5));
    }

    [Fact]
    public async Task FindAsync_ScanningTheFile_FindsByTitleAndById()
    {
        var byTitle = await MultistreamIndex.FindAsync(AkwikiIndex, "Kwame Nkrumah");
        var byId = await MultistreamIndex.FindAsync(AkwikiIndex, 8709L);
        var missing = await MultistreamIndex.FindAsync(AkwikiIndex, "Absent");

        Assert.Equal(new MultistreamIndexEntry(616, 1714, "Kwame Nkrumah"), byTitle);
        Assert.Equal(new MultistreamIndexEntry(606822, 8709, "Mohammad Reza Moghadasi"), byId);
        Assert.Null(missing);
    }

    [Fact]
    public async Task LoadAsync_FatwikiIndex_HasOneEntryPerPageIn36Streams()
    {
        var index = await MultistreamIndex.LoadAsync(DumpTestHelpers.FatwikiIndex);

        Assert.Equal(3566, index.Entries.Count);
        Assert.Equal(36, index.StreamOffsets.Count);
        Assert.Equal(568, index.StreamOffsets[0]);
        Assert.Equal(2696720, index.StreamOffsets[^1]);
    }

    [Fact]
    public async Task LoadAsync_PlainTextWithCrLf_ReadsEntries()
    {
        var path = Path.Combine(_directory, "index.txt");
        await File.WriteAllTextAsync(path, "10:1:A\r\n10:2:B:C\r\n\r\n90:3:D\r\n");

        var index = await MultistreamIndex.LoadAsync(path);

        Assert.Equal([new(10, 1, "A"), new(10, 2, "B:C"), new MultistreamIndexEntry(90, 3, "D")], index.Entries);
        Assert.Equal([10L, 90L], index.StreamOffsets);
    }

    [Theory]
    [InlineData("10:1:A\nten:2:B\n", "line 2 ", 7)]
    [InlineData("10:1:A\n10:2\n", "line 2 ", 7)]
    [InlineData("10:1:A\n10:x:B\n", "line 2 ", 7)]
    [InlineData("10:1:A\n\n20:2:B\n5:3:C\n", "line 4 ", 15)]
    public async Task LoadAsync_MalformedLine_ThrowsNamingLineAndOffset(string text, string line, long offset)
    {
        var path = Path.Combine(_directory, "index.txt");
        await File.WriteAllTextAsync(path, text);

        var error = await Assert.ThrowsAsync<DumpFormatException>(() => MultistreamIndex.LoadAsync(path));

        Assert.Contains(line, error.Message, StringComparison.Ordinal);
        Assert.Equal(offset, error.ByteOffset);
        Assert.Equal(path, error.FilePath);
    }

    [Fact]
    public async Task LoadAsync_MissingFile_Throws()
    {
        var path = Path.Combine(_directory, "absent-index.txt.bz2");

        var error = await Assert.ThrowsAsync<DumpFormatException>(() => MultistreamIndex.LoadAsync(path));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("enwiki-20240101-pages-articles-multistream.xml.bz2", "enwiki-20240101-pages-articles-multistream-index.txt.bz2")]
    [InlineData("dump.bz2", "dump-index.txt.bz2")]
    [InlineData("dump.xml.bz2", "dump-index.txt")]
    public void FindBesideDump_IndexNamedAfterDump_IsFound(string dump, string index)
    {
        File.WriteAllText(Path.Combine(_directory, index), "1:1:A\n", Encoding.UTF8);

        var found = MultistreamIndex.FindBesideDump(Path.Combine(_directory, dump));

        Assert.Equal(Path.Combine(_directory, index), found);
    }

    [Fact]
    public void FindBesideDump_NoIndex_ReturnsNull()
    {
        Assert.Null(MultistreamIndex.FindBesideDump(Path.Combine(_directory, "lonely.xml.bz2")));
    }
}
