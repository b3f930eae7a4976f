namespace Athenaeum.Web.IntegrationTests;

/// <summary>The test classes that share one imported library.</summary>
[CollectionDefinition(Name)]
public sealed class LibraryCollection : ICollectionFixture<LibraryFixture>
{
    public const string Name = "library";
}
