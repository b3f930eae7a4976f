namespace Athenaeum.Web.Flags;

/// <summary>What became of a submitted flag.</summary>
internal enum FlagOutcome
{
    /// <summary>The flag was stored.</summary>
    Stored,

    /// <summary>The form's content was refused (reason, length).</summary>
    Invalid,

    /// <summary>The reader's address made too many flags in the last hour.</summary>
    RateLimited,

    /// <summary>The library cannot store flags (read-only).</summary>
    Unavailable,
}
