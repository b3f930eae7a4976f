namespace Athenaeum.Dump.Tests;

/// <summary>The fatwiki pages read once, sequentially, shared by tests that compare against a full read.</summary>
internal static class FatwikiReference
{
    private static readonly Lazy<Task<List<DumpPage>>> PagesLazy = new(async () =>
        (await DumpTestHelpers.ReadAllAsync(DumpTestHelpers.FatwikiDump, new DumpReaderOptions { Parallelism = 1 })).Pages);

    public static Task<List<DumpPage>> Pages => PagesLazy.Value;

    public static async Task<MultistreamIndex> IndexAsync() => await IndexLazy.Value;

    private static readonly Lazy<Task<MultistreamIndex>> IndexLazy = new(() => MultistreamIndex.LoadAsync(DumpTestHelpers.FatwikiIndex));
}
