namespace Multistore.Modules;

/// <summary>
/// Every feature the host's modules declare, whether a tenant has it or not: what the admin's Features page offers
/// and how a feature id is shown by name. The engine finds the features once at start-up.
/// </summary>
public interface IFeatureCatalog
{
    IReadOnlyCollection<FeatureInfo> Features { get; }

    FeatureInfo? Find(string id);
}
