namespace Disclosure.E2E.Infrastructure;

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Built example site";
}
