namespace Multistore.Tenancy.Management;

/// <summary>Where a store's configuration comes from: each settings value (the store or a template) and the features its templates give it.</summary>
public interface IStoreConfigurationSources
{
    Task<StoreConfigurationSources> ReadAsync(TenantSettings tenant, CancellationToken cancellationToken);
}
