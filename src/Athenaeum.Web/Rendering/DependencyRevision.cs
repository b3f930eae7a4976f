namespace Athenaeum.Web.Rendering;

/// <summary>A page a rendering depends on, with its revision when rendered.</summary>
/// <param name="Namespace">The namespace number.</param>
/// <param name="Title">The title without prefix.</param>
/// <param name="Revision">The revision id (0 when the page did not exist; for links, 1 when it existed).</param>
internal sealed record DependencyRevision(int Namespace, string Title, long Revision);
