namespace Multistore.Tenancy.Management;

/// <summary>
/// A store created to await setup by its own administrator: the one-time, expiring link to finish it, and a new link
/// for a store that still awaits setup (the old one stops working).
/// </summary>
public interface ITenantSetupLinks
{
    Task<SetupLink> CreateAsync(TenantRequest request, IReadOnlyDictionary<string, string> parameters, TimeSpan lifetime, CancellationToken cancellationToken);

    SetupLink Reissue(string name, IReadOnlyDictionary<string, string> parameters, TimeSpan lifetime);
}
