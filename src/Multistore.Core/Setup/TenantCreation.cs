using Multistore.Tenancy;

namespace Multistore.Setup;

/// <summary>The outcome of an idempotent create: the tenant, and whether this call made it.</summary>
public sealed record TenantCreation(TenantSettings Tenant, bool Created);
