namespace Athenaeum.Storage;

/// <summary>A category in use, with how many current pages belong to it.</summary>
/// <param name="Name">The category name without prefix, with spaces.</param>
/// <param name="MemberCount">The number of current member pages of every kind.</param>
public sealed record CollectionSummary(string Name, long MemberCount);
