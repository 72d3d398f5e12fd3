using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Multistore.Admin.Routing;
using Multistore.Recipes;
using Multistore.Setup;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.Admin;

/// <summary>Stores in the host admin: list, create, edit, move, enable, disable, remove (with confirmation), export.</summary>
public static class TenantAdminEndpoints
{
    public const string Path = "tenants";

    public static IEndpointRouteBuilder MapTenantAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var permission = TenantsAdminPermissions.ManageTenants;
        endpoints.MapAdminPage<TenantsPage>(Path, permission).WithName("AdminTenants");
        endpoints.MapAdminPage<TenantCreatePage>($"{Path}/new", permission).WithName("AdminNewTenant");
        endpoints.MapAdminPost($"{Path}/new", CreateAsync, permission).WithName("AdminCreateTenant");
        endpoints.MapAdminPost($"{Path}/{{name}}/{{action:regex(^(enable|disable|remove)$)}}", ChangeStateAsync, permission).WithName("AdminChangeTenant");
        endpoints.MapAdminPage<TenantEditPage>($"{Path}/{{name}}/edit", permission).WithName("AdminEditTenant");
        endpoints.MapAdminPost($"{Path}/{{name}}/edit", EditAsync, permission).WithName("AdminSaveTenant");
        endpoints.MapAdminPost($"{Path}/{{name}}/move", MoveAsync, permission).WithName("AdminMoveTenant");
        endpoints.MapGet(AdminEndpointRouteBuilderExtensions.Under($"{Path}/{{name}}/export"), ExportAsync)
            .RequireAuthorization(permission.PolicyName).WithName("AdminExportTenant");
        return endpoints;
    }

    private static async Task<Results<RazorComponentResult<TenantCreatePage>, RedirectHttpResult>> CreateAsync([FromForm] TenantCreateForm form, HttpContext context, ITenantCreation tenants, IRecipeCatalog recipes,
        ITenantSetupLinks links, CancellationToken ct)
    {
        var errors = new FormErrors();
        try
        {
            var (request, parameters) = form.ToRequest(errors);
            if (errors.IsValid && form.SetupLink)
            {
                var link = await links.CreateAsync(request with { RecipeName = form.Recipe }, parameters, TimeSpan.FromHours(Endpoints.SetupLinkEndpoints.DefaultHours), ct);
                var url = link.UrlOn(context.Request.Scheme, context.Request.Host.Value ?? "localhost");
                return AdminResults.Page<TenantCreatePage>(new { SetupUrl = url, SetupExpires = link.ExpiresUtc, CreatedName = request.Name }, StatusCodes.Status200OK);
            }

            if (errors.IsValid)
            {
                var recipe = string.IsNullOrWhiteSpace(form.RecipeJson) ? recipes.Get(form.Recipe!) : recipes.Read(form.RecipeJson, "upload.recipe.json");
                var setup = await tenants.CreateAndSetupAsync(request with { RecipeName = recipe.Name }, recipe, parameters, null, ct);
                return setup.GeneratedAdminPassword is { } password
                    ? AdminResults.Page<TenantCreatePage>(new { CreatedName = request.Name, GeneratedPassword = password }, StatusCodes.Status200OK)
                    : AdminResults.Redirect(context, $"{Path}?search={Uri.EscapeDataString(request.Name)}", $"Store '{request.Name}' created and set up.");
            }
        }
        catch (TenantValidationException exception)
        {
            foreach (var (field, messages) in exception.Errors)
            {
                messages.ToList().ForEach(m => errors.Add(TenantCreateForm.FieldOf(field), m));
            }
        }
        catch (RecipeException exception)
        {
            exception.Errors.ToList().ForEach(e => errors.Add(nameof(TenantCreateForm.Recipe), e.ToString()));
        }

        return AdminResults.Page<TenantCreatePage>(new { Form = form, Errors = errors });
    }

    private static async Task<Results<RedirectHttpResult, RazorComponentResult<TenantEditPage>>> EditAsync(string name, [FromForm] TenantEditForm form, HttpContext context, ITenantEditing tenants, CancellationToken ct)
    {
        try
        {
            await tenants.EditAsync(name, form.ToEdit(), ct);
            return AdminResults.Redirect(context, $"{Path}/{Uri.EscapeDataString(name)}/edit", $"Store '{name}' saved.");
        }
        catch (TenantValidationException exception)
        {
            var errors = new FormErrors();
            foreach (var (field, messages) in exception.Errors)
            {
                messages.ToList().ForEach(m => errors.Add(TenantEditForm.FieldOf(field), m));
            }

            return AdminResults.Page<TenantEditPage>(new { Name = name, Form = form, Errors = errors });
        }
    }

    /// <summary>Moves the store's data (<see cref="ITenantMoves"/>) and comes back to its page with what was done, or with why not.</summary>
    private static async Task<Results<RedirectHttpResult, RazorComponentResult<TenantEditPage>>> MoveAsync(string name, [FromForm] string? region, [FromForm] string? tier,
        HttpContext context, ITenantMoves moves, CancellationToken ct)
    {
        var errors = new FormErrors();
        try
        {
            var moved = await moves.MoveAsync(name, new TenantMoveRequest(string.IsNullOrWhiteSpace(region) ? null : region, tier), null, ct);
            return AdminResults.Redirect(context, $"{Path}/{Uri.EscapeDataString(name)}/edit",
                $"Store '{name}' moved from {moved.From} to {moved.To}: {moved.Tables.Count} tables verified, closed for {moved.Unavailable.TotalSeconds:F1} s. The old copy is kept.");
        }
        catch (TenantValidationException exception)
        {
            foreach (var (field, messages) in exception.Errors)
            {
                messages.ToList().ForEach(m => errors.Add(field == "region" ? "MoveRegion" : "MoveTier", m));
            }
        }
        catch (TenantMoveFailedException exception)
        {
            errors.Add("MoveTier", exception.Message);
        }

        return AdminResults.Page<TenantEditPage>(new { Name = name, Errors = errors });
    }

    private static async Task<Results<RazorComponentResult<TenantsPage>, RedirectHttpResult>> ChangeStateAsync(string name, string action, [FromForm] string? confirm, HttpContext context, ITenantStates tenants, CancellationToken ct)
    {
        try
        {
            switch (action)
            {
                case "enable":
                    await tenants.EnableAsync(name, ct);
                    break;
                case "disable":
                    await tenants.DisableAsync(name, ct);
                    break;
                default:
                    if (!string.Equals(confirm, name, StringComparison.Ordinal))
                    {
                        return AdminResults.Page<TenantsPage>(new { Search = name, Error = $"Type the store's name '{name}' to confirm its removal." });
                    }

                    await tenants.RemoveAsync(name, ct);
                    break;
            }

            return AdminResults.Redirect(context, $"{Path}?search={Uri.EscapeDataString(name)}", $"Store '{name}': {action} done.");
        }
        catch (TenantValidationException exception)
        {
            return AdminResults.Page<TenantsPage>(new { Search = name, Error = exception.Message }, StatusCodes.Status409Conflict);
        }
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(string name, bool? includeContent, ITenantExport exporter, CancellationToken ct)
    {
        try
        {
            var recipe = await exporter.ExportAsync(name, includeContent ?? false, ct);
            var bytes = System.Text.Encoding.UTF8.GetBytes(recipe.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
            return TypedResults.File(bytes, "application/json", $"{name}.recipe.json");
        }
        catch (TenantValidationException exception)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, detail: exception.Message);
        }
    }
}
