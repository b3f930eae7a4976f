using Athenaeum.Storage.Sqlite.Ranking;

namespace Athenaeum.Storage.Sqlite.Tests;

public sealed class RankingCacheTests
{
    [Fact]
    public void SetLength_WithinTheLimit_IsKeptAndForgotten()
    {
        var cache = new RankingCache(1);

        cache.SetLength(70_000, 1234, cache.Epoch);
        var kept = cache.TryGetLength(70_000, out var tokens);
        cache.Forget(70_000);

        Assert.True(kept);
        Assert.Equal(1234, tokens);
        Assert.False(cache.TryGetLength(70_000, out _));
        Assert.False(cache.TryGetLength(70_001, out _));
    }

    [Fact]
    public void SetLength_PastTheMemoryLimit_KeepsNothingMore()
    {
        // 1 MiB holds eight blocks of 65,536 two-byte counts.
        var cache = new RankingCache(1);

        for (var block = 0L; block < 10; block++)
        {
            cache.SetLength(block * RankingCache.BlockSize, 5, cache.Epoch);
        }

        Assert.Equal(1024 * 1024, cache.AllocatedBytes);
        Assert.True(cache.TryGetLength(7L * RankingCache.BlockSize, out _));
        Assert.False(cache.TryGetLength(8L * RankingCache.BlockSize, out _));
    }

    [Fact]
    public void SetLength_NoMemory_KeepsNothing()
    {
        var cache = new RankingCache(0);

        cache.SetLength(1, 5, cache.Epoch);

        Assert.False(cache.TryGetLength(1, out _));
        Assert.Equal(0, cache.AllocatedBytes);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65_535)]
    [InlineData(1_000_000)]
    public void SetLength_NoTokensOrTooMany_IsNeverAnswered(int tokens)
    {
        var cache = new RankingCache(1);

        cache.SetLength(3, tokens, cache.Epoch);

        Assert.False(cache.TryGetLength(3, out _));
    }

    [Fact]
    public void Set_LearnedBeforeSomethingWasForgotten_IsNotKept()
    {
        // A query read the count under a snapshot older than the change that made the cache forget it.
        var cache = new RankingCache(1);
        var epoch = cache.Epoch;
        cache.Forget(9);

        cache.SetLength(9, 42, epoch);
        cache.SetFrequency("harbour", 17, epoch);

        Assert.False(cache.TryGetLength(9, out _));
        Assert.False(cache.TryGetFrequency("harbour", out _));
    }

    [Fact]
    public void Forget_AnyPage_ForgetsEveryWordCount()
    {
        var cache = new RankingCache(1);
        cache.SetFrequency("harbour", 17, cache.Epoch);
        cache.SetLength(2, 8, cache.Epoch);

        cache.Forget(5);

        Assert.False(cache.TryGetFrequency("harbour", out _));
        Assert.True(cache.TryGetLength(2, out _));
    }

    [Fact]
    public void Clear_ForgetsEverythingAndFreesTheBlocks()
    {
        var cache = new RankingCache(1);
        cache.SetFrequency("harbour", 17, cache.Epoch);
        cache.SetLength(2, 8, cache.Epoch);

        cache.Clear();

        Assert.False(cache.TryGetFrequency("harbour", out _));
        Assert.False(cache.TryGetLength(2, out _));
        Assert.Equal(0, cache.AllocatedBytes);
    }

    [Fact]
    public void SetFrequency_PastTheWordLimit_StartsOver()
    {
        var cache = new RankingCache(1);
        for (var i = 0; i < RankingCache.MaxFrequencies; i++)
        {
            cache.SetFrequency("w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), i, cache.Epoch);
        }

        cache.SetFrequency("last", 1, cache.Epoch);

        Assert.True(cache.TryGetFrequency("last", out _));
        Assert.False(cache.TryGetFrequency("w0", out _));
    }
}
