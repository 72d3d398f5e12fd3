using Multistore.Setup;

namespace Multistore.Tenancy.Management;

/// <summary>
/// Takes a store offline and back (Disabled answers 503 with a clear page) and removes it with its database. The SaaS
/// host itself is refused with a <see cref="TenantValidationException"/>.
/// </summary>
public interface ITenantStates
{
    Task<TenantSettings> DisableAsync(string name, CancellationToken cancellationToken);

    Task<TenantSettings> EnableAsync(string name, CancellationToken cancellationToken);

    Task RemoveAsync(string name, CancellationToken cancellationToken);
}
