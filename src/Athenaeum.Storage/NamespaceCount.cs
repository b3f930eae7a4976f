namespace Athenaeum.Storage;

/// <summary>How many current pages a namespace holds.</summary>
/// <param name="Namespace">The namespace number.</param>
/// <param name="Pages">Current (not removed) pages, redirects included.</param>
/// <param name="Redirects">How many of them are redirects.</param>
public readonly record struct NamespaceCount(int Namespace, long Pages, long Redirects);
