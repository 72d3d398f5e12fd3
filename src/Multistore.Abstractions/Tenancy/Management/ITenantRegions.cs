namespace Multistore.Tenancy.Management;

/// <summary>The regions a store can be created in (Multistore:Regions), for the doors that offer the choice.</summary>
public interface ITenantRegions
{
    IReadOnlyList<TenantRegion> All { get; }
}
