using Multistore.Tenancy;

namespace Multistore.Setup;

/// <summary>Changes a tenant's hosts, URL prefix, feature profile or template, with the same checks as a create.</summary>
public sealed class TenantEditService(Multistore.Hosting.HostStartup startup, TenantRegistry registry, TenantRequestValidator validator)
{
    public async Task<TenantSettings> EditAsync(string name, TenantEdit edit, CancellationToken cancellationToken)
    {
        await startup.Ready;
        var changed = await validator.ValidateEditAsync(RegisteredTenant.Existing(registry, name), edit, cancellationToken);
        return await registry.SaveAsync(changed, cancellationToken);
    }
}
