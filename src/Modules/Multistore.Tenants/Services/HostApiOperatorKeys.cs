using Multistore.Health;

namespace Multistore.Tenants.Services;

/// <summary>An operator, for health details, holds an active host API key that grants <see cref="TenantsPermissions.View"/>.</summary>
internal sealed class HostApiOperatorKeys(ApiKeyService keys) : IOperatorKeys
{
    public async Task<bool> AllowsHealthDetailsAsync(string secret, CancellationToken cancellationToken) =>
        await keys.AuthenticateAsync(secret, cancellationToken) is { } key && key.Grants(TenantsPermissions.View);
}
