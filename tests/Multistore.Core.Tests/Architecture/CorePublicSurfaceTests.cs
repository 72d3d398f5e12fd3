using Multistore.Hosting;

namespace Multistore.Core.Tests.Architecture;

/// <summary>Core exposes the host's entry points and nothing else new: a type made public by accident fails here by name.</summary>
public sealed class CorePublicSurfaceTests
{
    private static readonly IReadOnlyList<Type> Exported =
        [.. typeof(MultistoreHostingExtensions).Assembly.GetExportedTypes().Where(type => !type.IsNested)];

    [Fact]
    public void CoreExposesOnlyTheHostEntryPointsAndWhatTenantsStillNeeds()
    {
        var unexpected = Exported
            .Select(type => type.Name.Split('`')[0])
            .Where(name => !CorePublicSurface.HostEntryPoints.Contains(name) && !CorePublicSurface.StillPublicForTheTenantsModule.Contains(name))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(unexpected.Count == 0, $"Multistore.Core exposes {string.Join(", ", unexpected)}: make them internal, or publish a contract in Abstractions.");
    }

    [Fact]
    public void TypesListedAsStillPublicAreStillPublic()
    {
        var exported = Exported.Select(type => type.Name.Split('`')[0]).ToHashSet(StringComparer.Ordinal);

        var stale = CorePublicSurface.StillPublicForTheTenantsModule.Where(name => !exported.Contains(name)).Order(StringComparer.Ordinal).ToList();

        Assert.True(stale.Count == 0, $"No longer public in Multistore.Core: {string.Join(", ", stale)}; remove them from the list so they cannot come back.");
    }
}
