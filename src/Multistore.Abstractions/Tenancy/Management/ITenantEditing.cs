namespace Multistore.Tenancy.Management;

/// <summary>Changes a tenant's hosts, prefix, feature profile or template; the tenant's shell is released so the change is live at once.</summary>
public interface ITenantEditing
{
    Task<TenantSettings> EditAsync(string name, TenantEdit edit, CancellationToken cancellationToken);
}
