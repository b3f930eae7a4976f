using Athenaeum.Web.Collections;
using Athenaeum.Web.Rendering;

namespace Athenaeum.Web.Pages;

/// <summary>What a Collection page shows.</summary>
/// <param name="Name">The category name without prefix.</param>
/// <param name="Description">The category page's rendering, or <see langword="null"/> when it has no page.</param>
/// <param name="Listings">Subcollections, articles and files, one page of each.</param>
/// <param name="Limit">Members per page.</param>
internal sealed record CollectionView(string Name, RenderedArticle? Description, IReadOnlyList<CollectionListing> Listings, int Limit);
