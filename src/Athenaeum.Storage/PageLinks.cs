namespace Athenaeum.Storage;

/// <summary>
/// What a page links to: pages (<c>[[…]]</c>), categories with sort keys, transcluded templates and
/// modules, and files. Written by the importer's scan of the raw wikitext, and replaced later by the
/// renderer's exact tables (<see cref="ILinkStore.ReplaceLinks"/>).
/// </summary>
/// <param name="Links">Linked pages, each once.</param>
/// <param name="Categories">Categories with their sort keys, each category once.</param>
/// <param name="Templates">Transcluded pages (templates, modules, pages transcluded with <c>{{:…}}</c>), each once.</param>
/// <param name="Images">Used files, as file names without namespace prefix, each once.</param>
/// <remarks>Immutable.</remarks>
public sealed record PageLinks(
    IReadOnlyList<LinkTarget> Links,
    IReadOnlyList<CategoryMembership> Categories,
    IReadOnlyList<LinkTarget> Templates,
    IReadOnlyList<string> Images)
{
    /// <summary>Gets a link set with no links.</summary>
    public static PageLinks Empty { get; } = new([], [], [], []);
}
