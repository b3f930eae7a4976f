namespace Athenaeum.Wikitext.Tests.TestSupport;

/// <summary>A clock that always reads the same instant, for deterministic date tests.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
