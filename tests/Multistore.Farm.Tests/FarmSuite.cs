namespace Multistore.Farm.Tests;

/// <summary>One farm for the whole suite: its tests run one after another, since some kill a node or Redis.</summary>
[CollectionDefinition(Name)]
public sealed class FarmSuite : ICollectionFixture<Farm>
{
    public const string Name = "Farm";
}
