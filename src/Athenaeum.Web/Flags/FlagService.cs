using System.Net;
using Athenaeum.Storage;
using Athenaeum.Web.Hosting;

namespace Athenaeum.Web.Flags;

/// <summary>
/// Checks and stores readers' flags: a known reason, a comment within the length limit, and at most
/// <see cref="LimitOptions.FlagsPerAddressPerHour"/> flags per (hashed) address in the last hour.
/// A stored flag is open and waits for an editor; readers see no change on the article.
/// </summary>
/// <remarks>Thread-safe; the rate check and the insert are one step, so parallel posts cannot exceed the limit.</remarks>
internal sealed class FlagService
{
    private readonly LibraryContext _library;
    private readonly ReaderAddressHasher _hasher;
    private readonly TimeProvider _clock;
    private readonly Lock _lock = new();

    public FlagService(LibraryContext library, ReaderAddressHasher hasher, TimeProvider clock)
    {
        _library = library;
        _hasher = hasher;
        _clock = clock;
    }

    /// <summary>Gets the limits.</summary>
    public LimitOptions Limits => _library.Options.Limits;

    /// <summary>Gets a value indicating whether flags can be stored (a writable library, or a read-only one with a state database).</summary>
    public bool IsAvailable => _library.AcceptsReaderInput;

    /// <summary>Gets what the form says when flags cannot be stored.</summary>
    public string UnavailableMessage => _library.ReaderInputUnavailableMessage;

    /// <summary>Checks and stores a flag.</summary>
    /// <param name="page">The flagged page.</param>
    /// <param name="reason">The reason's code.</param>
    /// <param name="comment">The comment (line breaks normalized).</param>
    /// <param name="client">The reader's address.</param>
    /// <returns>The outcome and, when refused, the reader's message.</returns>
    public (FlagOutcome Outcome, string? Message) Submit(PageRecord page, string reason, string comment, IPAddress? client)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!FlagReasons.IsKnown(reason))
        {
            return (FlagOutcome.Invalid, "Please choose one of the listed reasons.");
        }

        comment = comment.Trim();
        if (comment.Length > Limits.MaxCommentLength)
        {
            return (FlagOutcome.Invalid, $"The comment is {comment.Length:N0} characters long; the limit is {Limits.MaxCommentLength:N0}.");
        }

        if (string.Equals(reason, "other", StringComparison.Ordinal) && comment.Length == 0)
        {
            return (FlagOutcome.Invalid, "Please say what is wrong with the article.");
        }

        if (!_library.AcceptsReaderInput)
        {
            return (FlagOutcome.Unavailable, _library.ReaderInputUnavailableMessage);
        }

        var hash = _hasher.HashClient(client);
        var now = _clock.GetUtcNow();
        lock (_lock)
        {
            if (_library.Stores.Flags.CountSince(hash, now.AddHours(-1)) >= Limits.FlagsPerAddressPerHour)
            {
                return (FlagOutcome.RateLimited, "You have flagged too many articles in the last hour. Please try again later.");
            }

            _library.Stores.Flags.Add(new ContentFlag(0, page.Id, page.RevisionId, reason, comment, hash, now));
        }

        return (FlagOutcome.Stored, null);
    }
}
