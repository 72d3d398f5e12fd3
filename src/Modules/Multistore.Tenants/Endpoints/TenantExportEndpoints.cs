using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Multistore.Setup;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.Endpoints;

/// <summary>GET /api/tenants/{name}/export: the tenant's configuration as a recipe file.</summary>
internal static class TenantExportEndpoints
{
    public static Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> Export(string name, bool? includeContent, ITenantExport exporter, CancellationToken ct) =>
        TenantErrors.HandleAsync(async () =>
        {
            var recipe = await exporter.ExportAsync(name, includeContent ?? false, ct);
            return TypedResults.Text(recipe.ToJsonString(RecipeJsonFormat.Indented), "application/json", null, StatusCodes.Status200OK);
        });
}
