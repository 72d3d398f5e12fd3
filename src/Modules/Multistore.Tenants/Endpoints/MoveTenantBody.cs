namespace Multistore.Tenants.Endpoints;

/// <summary>POST /api/tenants/{name}/move: the tier and (except for sqlite) the region to move the store's data to.</summary>
internal sealed record MoveTenantBody(string? Region, string? Tier);
