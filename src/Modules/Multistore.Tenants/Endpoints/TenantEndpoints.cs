using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Multistore.Http;
using Multistore.Recipes;
using Multistore.Setup;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;
using Multistore.Tenants.Services;

namespace Multistore.Tenants.Endpoints;

/// <summary>/api/tenants: the REST door to the tenant lifecycle, behind API keys scoped by permission.</summary>
public static class TenantEndpoints
{
    public static IEndpointRouteBuilder MapTenantEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("api/tenants").WithTags("Tenants").WithBodyCap(RequestBodyCap.Staff);
        var view = new ApiKeyRequirement(TenantsPermissions.View);
        var manage = new ApiKeyRequirement(TenantsPermissions.Manage);

        group.MapGet("", List).AddEndpointFilter(view).WithName("ListTenants");
        group.MapGet("{name}", Get).AddEndpointFilter(view).WithName("GetTenant");
        group.MapGet("{name}/export", TenantExportEndpoints.Export).AddEndpointFilter(view).WithName("ExportTenant");
        group.MapPost("", Create).AddEndpointFilter(manage).WithName("CreateTenant");
        group.MapPost("{name}/setup", Setup).AddEndpointFilter(manage).WithName("SetupTenant");
        group.MapPost("{name}/setup-link", SetupLinkEndpoints.ReissueAsync).AddEndpointFilter(manage).WithName("ReissueSetupLink");
        group.MapPatch("{name}", Edit).AddEndpointFilter(manage).WithName("EditTenant");
        group.MapPost("{name}/enable", (string name, ITenantStates tenants, CancellationToken ct) =>
            TenantErrors.HandleAsync(async () => TypedResults.Ok(TenantDto.From(await tenants.EnableAsync(name, ct))))).AddEndpointFilter(manage).WithName("EnableTenant");
        group.MapPost("{name}/disable", (string name, ITenantStates tenants, CancellationToken ct) =>
            TenantErrors.HandleAsync(async () => TypedResults.Ok(TenantDto.From(await tenants.DisableAsync(name, ct))))).AddEndpointFilter(manage).WithName("DisableTenant");
        group.MapPost("{name}/move", Move).AddEndpointFilter(manage).WithName("MoveTenant");
        group.MapDelete("{name}", Remove).AddEndpointFilter(manage).WithName("RemoveTenant");
        return endpoints;
    }

    /// <summary>Moves the store's data (<see cref="ITenantMoves"/>); a failed move is a 409 saying it was undone and why.</summary>
    private static Task<Results<Ok<TenantMoveDto>, ValidationProblem, ProblemHttpResult>> Move(string name, MoveTenantBody body, ITenantMoves moves, CancellationToken ct) =>
        TenantErrors.HandleAsync(async () => TypedResults.Ok(TenantMoveDto.Of(await moves.MoveAsync(name, new TenantMoveRequest(body.Region, body.Tier), null, ct))));

    private static Ok<TenantPage> List(TenantDirectory directory, string? search, int? page, int? pageSize)
    {
        var (items, total) = directory.Page(search, page ?? 1, pageSize ?? 50);
        return TypedResults.Ok(new TenantPage([.. items.Select(t => TenantDto.From(t))], total, Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? 50, 1, TenantDirectory.MaxPageSize)));
    }

    private static Results<Ok<TenantDto>, NotFound> Get(string name, ITenantCatalog registry) =>
        registry.Find(name) is { } tenant ? TypedResults.Ok(TenantDto.From(tenant)) : TypedResults.NotFound();

    private static Task<Results<Results<Created<TenantDto>, Ok<TenantDto>, Created<SetupLinkDto>>, ValidationProblem, ProblemHttpResult>> Create(
        CreateTenantBody body, ITenantCreation tenants, IRecipeCatalog recipes, ITenantSetupLinks links, HttpContext context, CancellationToken ct) =>
        TenantErrors.HandleAsync(async Task<Results<Created<TenantDto>, Ok<TenantDto>, Created<SetupLinkDto>>> () =>
        {
            var request = new TenantRequest
            {
                Name = body.Name ?? "",
                Hosts = body.Hosts ?? [],
                UrlPrefix = body.UrlPrefix,
                RecipeName = body.Recipe,
                DatabaseProvider = body.DatabaseProvider,
                ConnectionString = body.ConnectionString,
                FeatureProfile = body.FeatureProfile,
                Template = body.Template,
                AllowWildcard = body.AllowWildcard == true,
                Region = body.Region,
                Tier = body.Tier,
            };
            if (body.SetupLink == true)
            {
                return await SetupLinkEndpoints.CreateAsync(request, body, links, context, ct);
            }

            var recipe = UploadedRecipe.Read(body.RecipeJson, recipes) ?? (body.Recipe is null ? null : recipes.Get(body.Recipe));
            if (recipe is not null)
            {
                RecipeKindRule.Check(recipe, request.Name);
            }

            var setupNow = recipe is not null && body.Setup != false;
            request = request with { RecipeName = recipe?.Name };
            var creation = await tenants.EnsureCreatedAsync(request, setupNow ? recipe : null, setupNow ? Parameters(body.Parameters) : null, null, ct);
            var dto = TenantDto.From(creation.Tenant, creation.GeneratedAdminPassword);
            return creation.Created ? TypedResults.Created($"/api/tenants/{dto.Name}", dto) : TypedResults.Ok(dto);
        });

    private static Task<Results<Ok<TenantDto>, ValidationProblem, ProblemHttpResult>> Setup(string name, SetupTenantBody body, ITenantCreation tenants, ITenantCatalog registry, CancellationToken ct) =>
        TenantErrors.HandleAsync(async () =>
        {
            var recipe = body.Recipe ?? registry.Find(name)?.RecipeName
                ?? throw TenantValidationException.For("recipe", "Name the recipe to set the tenant up from.");
            var setup = await tenants.SetupAsync(name, recipe, Parameters(body.Parameters), null, ct);
            return TypedResults.Ok(TenantDto.From(setup.Tenant, setup.GeneratedAdminPassword));
        });

    private static Task<Results<Ok<TenantDto>, ValidationProblem, ProblemHttpResult>> Edit(string name, EditTenantBody body, ITenantEditing tenants, CancellationToken ct) =>
        TenantErrors.HandleAsync(async () =>
        {
            var edit = new TenantEdit
            {
                Hosts = body.Hosts, UrlPrefix = body.UrlPrefix, FeatureProfile = body.FeatureProfile, Template = body.Template, AllowWildcard = body.AllowWildcard == true,
            };
            return TypedResults.Ok(TenantDto.From(await tenants.EditAsync(name, edit, ct)));
        });

    /// <summary>Recipe parameters by name, whatever the caller's JSON casing (<c>siteName</c> or <c>SiteName</c>).</summary>
    private static Dictionary<string, string> Parameters(Dictionary<string, string>? values) =>
        new(values ?? [], StringComparer.OrdinalIgnoreCase);

    private static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Remove(string name, ITenantStates tenants, CancellationToken ct) =>
        TenantErrors.HandleAsync(async () =>
        {
            await tenants.RemoveAsync(name, ct);
            return TypedResults.NoContent();
        });
}
