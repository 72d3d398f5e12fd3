namespace Multistore.Tenancy.Management;

/// <summary>A set-up tenant, and the administrator password generated for it (shown once; null when the caller chose one).</summary>
public sealed record TenantSetupResult(TenantSettings Tenant, string? GeneratedAdminPassword);
