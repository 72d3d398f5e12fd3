using Multistore.Hosting;

namespace Multistore.Core.Tests.Architecture;

/// <summary>Core exposes the host's entry points (and one type a test helper returns) and nothing else: a type made public by accident fails here by name.</summary>
public sealed class CorePublicSurfaceTests
{
    private static readonly IReadOnlyList<string> Exported =
        [.. typeof(MultistoreHostingExtensions).Assembly.GetExportedTypes().Where(type => !type.IsNested).Select(type => type.Name.Split('`')[0])];

    [Fact]
    public void CoreExposesOnlyTheHostEntryPoints()
    {
        var unexpected = Exported
            .Where(name => !CorePublicSurface.HostEntryPoints.Contains(name))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(unexpected.Count == 0, $"Multistore.Core exposes {string.Join(", ", unexpected)}: make them internal, or publish a contract in Abstractions.");
    }

    [Fact]
    public void TheHostEntryPointsArePublic()
    {
        var missing = CorePublicSurface.HostEntryPoints.Where(name => !Exported.Contains(name, StringComparer.Ordinal)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, $"The host cannot call {string.Join(", ", missing)}: Multistore.Core no longer exposes it.");
    }
}
