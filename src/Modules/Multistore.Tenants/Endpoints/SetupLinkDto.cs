namespace Multistore.Tenants.Endpoints;

/// <summary>A store awaiting setup and the link to send its administrator.</summary>
public sealed record SetupLinkDto(TenantDto Tenant, string SetupUrl, DateTimeOffset ExpiresUtc);
