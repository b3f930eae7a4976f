using Athenaeum.Storage;

namespace Athenaeum.Web.Pages;

/// <summary>What the home page shows.</summary>
/// <param name="Articles">How many articles (namespace 0, redirects excluded) the library holds.</param>
/// <param name="Collections">How many Collections there are.</param>
/// <param name="Featured">The featured article's prefixed title, or <see langword="null"/>.</param>
/// <param name="Random">A few other articles.</param>
/// <param name="LargestCollections">The largest Collections.</param>
internal sealed record HomeView(long Articles, long Collections, string? Featured, IReadOnlyList<string> Random, IReadOnlyList<CollectionSummary> LargestCollections);
