namespace Multistore.Tenancy;

/// <summary>The tenant a request is for, and the URL prefix it was reached under (moved into PathBase).</summary>
public sealed record TenantMatch(TenantSettings Tenant, string? Prefix);
