namespace Multistore.Integration.Tests.Tenants;

/// <summary>The region tests share one <see cref="RegionHost"/> (a host and two servers' databases), one class at a time.</summary>
[CollectionDefinition(Name)]
public sealed class RegionHostGroup : ICollectionFixture<RegionHost>
{
    public const string Name = "Regions";
}
