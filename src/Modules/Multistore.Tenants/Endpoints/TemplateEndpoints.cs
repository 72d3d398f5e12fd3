using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Multistore.Http;
using Multistore.Setup;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.Endpoints;

/// <summary>/api/templates: brand templates stores inherit configuration from, with a preview of what a change reaches.</summary>
public static class TemplateEndpoints
{
    public static IEndpointRouteBuilder MapTemplateEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("api/templates").WithTags("Brand templates").WithBodyCap(RequestBodyCap.Staff);
        var view = new ApiKeyRequirement(TenantsPermissions.View);
        var manage = new ApiKeyRequirement(TenantsPermissions.Manage);
        group.MapGet("", async (IBrandTemplates templates, CancellationToken ct) =>
            TypedResults.Ok((await templates.AllAsync(ct)).Values.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList()))
            .AddEndpointFilter(view).WithName("ListTemplates");
        group.MapGet("{name}", Get).AddEndpointFilter(view).WithName("GetTemplate");
        group.MapPut("{name}", Save).AddEndpointFilter(manage).WithName("SaveTemplate");
        group.MapPost("{name}/preview", Preview).AddEndpointFilter(manage).WithName("PreviewTemplate");
        group.MapDelete("{name}", Delete).AddEndpointFilter(manage).WithName("DeleteTemplate");
        endpoints.MapGet("api/tenants/{name}/settings", StoreSettingsSourcesEndpoint.GetAsync).AddEndpointFilter(view)
            .WithTags("Tenants").WithName("GetTenantSettingsSources");
        return endpoints;
    }

    public static BrandTemplate ToTemplate(string name, TemplateBody body) => new()
    {
        Name = name,
        Parent = string.IsNullOrWhiteSpace(body.Parent) ? null : body.Parent.Trim(),
        Description = body.Description ?? "",
        Features = body.Features ?? [],
        Settings = body.Settings ?? [],
        Version = body.Version ?? 0,
    };

    private static async Task<Results<Ok<BrandTemplateDetails>, NotFound>> Get(string name, IBrandTemplates templates, CancellationToken ct) =>
        await templates.DescribeAsync(name, ct) is { } details ? TypedResults.Ok(details) : TypedResults.NotFound();

    private static Task<Results<Ok<BrandTemplate>, ValidationProblem, ProblemHttpResult>> Save(string name, TemplateBody body, IBrandTemplates templates, CancellationToken ct) =>
        TenantErrors.HandleAsync(async () => TypedResults.Ok(await templates.SaveAsync(ToTemplate(name, body), ct)));

    private static Task<Results<Ok<TemplateImpact>, ValidationProblem, ProblemHttpResult>> Preview(string name, TemplateBody body, IBrandTemplates templates, CancellationToken ct) =>
        TenantErrors.HandleAsync(async () => TypedResults.Ok(await templates.PreviewAsync(ToTemplate(name, body), ct)));

    private static Task<Results<Results<NoContent, NotFound>, ValidationProblem, ProblemHttpResult>> Delete(string name, IBrandTemplates templates, CancellationToken ct) =>
        TenantErrors.HandleAsync(async Task<Results<NoContent, NotFound>> () => await templates.DeleteAsync(name, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
}
