namespace Multistore.Tenancy.Management;

/// <summary>The outcome of an idempotent create: the tenant, whether this call made it, and the administrator password generated for it (shown once).</summary>
public sealed record TenantCreation(TenantSettings Tenant, bool Created, string? GeneratedAdminPassword = null);
