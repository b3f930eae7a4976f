using Athenaeum.Storage;

namespace Athenaeum.Web.Hosting;

/// <summary>How a library open read-only is served.</summary>
/// <param name="Reason">Why it is read-only ("the library file is not writable", "--read-only").</param>
/// <param name="State">The writable state database for flags, the mail log and settings, or <see langword="null"/> when there is none.</param>
/// <param name="StateLocation">The state database's path, or <see langword="null"/>.</param>
/// <param name="StateProblem">Why there is no state database, or <see langword="null"/>.</param>
internal sealed record ReadOnlyServing(string Reason, ILibraryProvider? State, string? StateLocation, string? StateProblem)
{
    /// <summary>Gets a value indicating whether the library was opened immutable (no locks, no <c>-shm</c> file).</summary>
    public bool Immutable { get; init; }
}
