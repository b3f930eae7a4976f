using Athenaeum.Storage;
using Athenaeum.Web.Rendering;

namespace Athenaeum.Web.IntegrationTests;

/// <summary>The in-memory render cache of a read-only library: bounded, least recently used dropped first.</summary>
public sealed class MemoryRenderCacheTests
{
    private const int HalfMiBOfChars = 256 * 1024;

    [Fact]
    public void Put_OverTheLimit_DropsTheLeastRecentlyUsed()
    {
        // Arrange: room for three renderings of half a MiB each (UTF-16), not four.
        var cache = new MemoryRenderCache(1792L * 1024);
        cache.Put(Rendering(1));
        cache.Put(Rendering(2));
        cache.Put(Rendering(3));
        Assert.NotNull(cache.Get(1));

        // Act
        cache.Put(Rendering(4));

        // Assert: page 2 was the least recently used.
        Assert.Null(cache.Get(2));
        Assert.NotNull(cache.Get(1));
        Assert.NotNull(cache.Get(3));
        Assert.NotNull(cache.Get(4));
        Assert.InRange(cache.Bytes, 1, cache.MaxBytes);
    }

    [Fact]
    public void Put_SamePageAgain_ReplacesWithoutCountingTwice()
    {
        // Arrange
        var cache = new MemoryRenderCache(2L * 1024 * 1024);
        cache.Put(Rendering(1));
        var bytes = cache.Bytes;

        // Act
        cache.Put(Rendering(1) with { RevisionId = 2 });

        // Assert
        Assert.Equal(bytes, cache.Bytes);
        Assert.Equal(1, cache.Count);
        Assert.Equal(2, cache.Get(1)!.RevisionId);
    }

    [Fact]
    public void Put_LargerThanTheCache_NotKept()
    {
        // Arrange
        var cache = new MemoryRenderCache(1024 * 1024);
        cache.Put(Rendering(1));

        // Act
        cache.Put(new RenderedRevision(2, 1, "v", new string('x', 600 * 1024), DateTimeOffset.UnixEpoch));

        // Assert
        Assert.Null(cache.Get(2));
        Assert.NotNull(cache.Get(1));
    }

    private static RenderedRevision Rendering(long pageId) => new(pageId, 1, "v", new string('x', HalfMiBOfChars - 200), DateTimeOffset.UnixEpoch, "{}");
}
