using Microsoft.AspNetCore.Http;
using Multistore.BrandTemplates;
using Multistore.Tenancy;

namespace Multistore.Tenants.Endpoints;

/// <summary>GET /api/tenants/{name}/settings: every settings value of a store with where it comes from (the store or a template).</summary>
public static class StoreSettingsSourcesEndpoint
{
    public static async Task<IResult> GetAsync(string name, TenantRegistry registry, BrandTemplateStore templates, StoreSettingsReader reader, CancellationToken ct)
    {
        if (registry.Find(name) is not { } tenant)
        {
            return TypedResults.NotFound();
        }

        var chain = await templates.ChainAsync(tenant.Template, ct);
        var own = await reader.ReadAsync(tenant, ct);
        var sources = own.Keys.Concat(chain.Levels.SelectMany(l => l.Settings.Keys)).Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g, StringComparer.OrdinalIgnoreCase)
            .SelectMany(group => SettingsCascade.Sources(group, own.TryGetValue(group, out var value) ? value : null, chain))
            .ToList();
        var features = chain.Levels.SelectMany(l => l.Features.Select(f => new { Feature = f, Template = l.Name })).ToList();
        return TypedResults.Ok(new { tenant = tenant.Name, template = tenant.Template, chain = chain.Levels.Select(l => l.Name), sources, inheritedFeatures = features });
    }
}
