namespace Athenaeum.Dump;

/// <summary>The contributor of a revision: a registered user (name and id) or an IP address.</summary>
/// <param name="UserName">The user name, or <see langword="null"/> for an anonymous edit.</param>
/// <param name="UserId">The user id, or <see langword="null"/> for an anonymous edit.</param>
/// <param name="Ip">The IP address of an anonymous edit, or <see langword="null"/>.</param>
public sealed record DumpContributor(string? UserName, long? UserId, string? Ip);
