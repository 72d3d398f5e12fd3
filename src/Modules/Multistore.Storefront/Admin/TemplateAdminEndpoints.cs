using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Multistore.Admin;
using Multistore.Admin.Permissions;
using Multistore.Admin.Routing;
using Multistore.Theming;

namespace Multistore.Storefront.Admin;

/// <summary>
/// Per-tenant template overrides: list, edit (refused when the Liquid does not parse, or when the store's page of that
/// name fails to render with it: a missing partial, a division by zero, a render limit) and reset to the theme's version.
/// </summary>
public static class TemplateAdminEndpoints
{
    public const string Path = "appearance/templates";

    public static IEndpointRouteBuilder MapTemplateAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<TemplatesPage>(Path, AdminPermissions.ManageSettings).WithName("AdminTemplates");
        endpoints.MapGet(AdminEndpointRouteBuilderExtensions.Under(Path + "/{name}"), (HttpContext context, string name, TemplateList templates) =>
                templates.Exists(name) ? AdminResults.Page<TemplateEditPage>(context) : AdminResults.Page<TemplateEditPage>(context, StatusCodes.Status404NotFound))
            .RequireAuthorization(AdminPermissions.ManageSettings.PolicyName).ExcludeFromDescription().WithName("AdminEditTemplate");
        endpoints.MapAdminPost(Path + "/{name}", SaveAsync, AdminPermissions.ManageSettings).WithName("AdminSaveTemplate");
        endpoints.MapAdminPost(Path + "/{name}/reset", ResetAsync, AdminPermissions.ManageSettings).WithName("AdminResetTemplate");
        return endpoints;
    }

    private static async Task<Results<NotFound, RazorComponentResult<TemplateEditPage>, RedirectHttpResult>> SaveAsync(string name, [FromForm] string? source, HttpContext context,
        [AsParameters] TemplateEditServices services, IStringLocalizer<AdminText> t, CancellationToken cancellationToken)
    {
        var overrides = services.Overrides;
        if (!services.Templates.Exists(name))
        {
            return TypedResults.NotFound();
        }

        var errors = new FormErrors();
        if (string.IsNullOrWhiteSpace(source))
        {
            errors.Add("Source", t["The template is empty. Use \"Reset to the theme's version\" to drop the override."]);
            return AdminResults.Page<TemplateEditPage>(new { Name = name, Source = source ?? "", Errors = errors });
        }

        var normalized = source.ReplaceLineEndings("\n");
        try
        {
            overrides.Parse(name, normalized);
            if (await services.Renderer.TryCandidateAsync(new TemplateCandidate(name, normalized), cancellationToken) is { } failure)
            {
                errors.Add("Source", t["Not saved: the template fails to render: {0}.", failure]);
                return AdminResults.Page<TemplateEditPage>(new { Name = name, Source = source, Errors = errors });
            }

            await overrides.SaveAsync(name, normalized, cancellationToken);
        }
        catch (LiquidSyntaxException exception)
        {
            errors.Add("Source", t["Not saved: the template does not parse: {0}.", exception.Summary]);
            return AdminResults.Page<TemplateEditPage>(new { Name = name, Source = source, Errors = errors });
        }

        return AdminResults.Redirect(context, $"{Path}/{name}", t["Template '{0}' saved; the store uses it from the next page view.", name]);
    }

    private static async Task<RedirectHttpResult> ResetAsync(string name, HttpContext context, ITemplateOverrides overrides, IStringLocalizer<AdminText> t, CancellationToken cancellationToken)
    {
        await overrides.ResetAsync(name, cancellationToken);
        return AdminResults.Redirect(context, $"{Path}/{name}", t["Template '{0}' reset to the theme's version.", name]);
    }
}
