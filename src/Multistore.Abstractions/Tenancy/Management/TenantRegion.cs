namespace Multistore.Tenancy.Management;

/// <summary>A region named in the host's configuration and the tiers it can hold a new store on.</summary>
public sealed record TenantRegion(string Name, IReadOnlyList<string> Tiers, IReadOnlyList<string> Nodes);
