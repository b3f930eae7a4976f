namespace Athenaeum.Storage;

/// <summary>A light reference to a stored page, as listings return it.</summary>
/// <param name="Id">The library's page id.</param>
/// <param name="Namespace">The namespace number.</param>
/// <param name="Title">The title without namespace prefix, with spaces.</param>
/// <param name="IsRedirect">Whether the page is a redirect.</param>
public sealed record PageReference(long Id, int Namespace, string Title, bool IsRedirect);
