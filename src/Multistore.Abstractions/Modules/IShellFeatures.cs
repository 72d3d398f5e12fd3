namespace Multistore.Modules;

/// <summary>The features the current tenant's shell was built with, for pages and services that adapt to what is enabled.</summary>
public interface IShellFeatures
{
    IReadOnlyList<FeatureInfo> All { get; }

    bool IsEnabled(string id);
}
