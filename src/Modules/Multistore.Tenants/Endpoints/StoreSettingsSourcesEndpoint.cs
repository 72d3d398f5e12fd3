using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;
using Multistore.Tenants.Services;

namespace Multistore.Tenants.Endpoints;

/// <summary>GET /api/tenants/{name}/settings: every settings value of a store with where it comes from (the store or a template).</summary>
public static class StoreSettingsSourcesEndpoint
{
    public static async Task<Results<Ok<StoreConfigurationSources>, NotFound>> GetAsync(string name, ITenantCatalog registry, IStoreConfigurationSources provenance, CancellationToken ct) =>
        registry.Find(name) is { } tenant ? TypedResults.Ok(await provenance.ReadAsync(tenant, ct)) : TypedResults.NotFound();
}
