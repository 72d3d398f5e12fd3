using Multistore.Modules;

namespace Multistore.Shells;

/// <summary>The features a shell was built with, for services that adapt to what else is enabled.</summary>
internal sealed class ShellFeatures(IReadOnlyList<FeatureInfo> features) : IShellFeatures
{
    public IReadOnlyList<FeatureInfo> All { get; } = features;

    public bool IsEnabled(string id) => All.Any(f => string.Equals(f.Id, id, StringComparison.OrdinalIgnoreCase));
}
