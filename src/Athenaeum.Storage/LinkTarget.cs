namespace Athenaeum.Storage;

/// <summary>A page a link, transclusion or redirect points to: namespace number and title without prefix.</summary>
/// <param name="Namespace">The namespace number.</param>
/// <param name="Title">The normalized title without namespace prefix, with spaces.</param>
/// <remarks>Immutable; equality is ordinal.</remarks>
public readonly record struct LinkTarget(int Namespace, string Title);
