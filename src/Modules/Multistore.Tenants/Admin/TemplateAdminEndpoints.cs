using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Multistore.Admin.Routing;
using Multistore.Setup;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.Admin;

/// <summary>Brand templates in the host admin: the list, and the editor with provenance and a preview of the stores a change reaches.</summary>
public static class TemplateAdminEndpoints
{
    public const string Path = "tenants/templates";
    public const string EditorPath = "tenants/template";

    public static IEndpointRouteBuilder MapTemplateAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var permission = TenantsAdminPermissions.ManageTenants;
        endpoints.MapAdminPage<TemplatesPage>(Path, permission).WithName("AdminBrandTemplates");
        endpoints.MapAdminPage<TemplateEditPage>(EditorPath, permission).WithName("AdminBrandTemplate");
        endpoints.MapAdminPost(EditorPath, SaveAsync, permission).WithName("AdminSaveBrandTemplate");
        return endpoints;
    }

    private static async Task<Results<RedirectHttpResult, RazorComponentResult<TemplateEditPage>>> SaveAsync(string name, [FromForm] TemplateForm form, HttpContext context, IBrandTemplates templates, CancellationToken ct)
    {
        var errors = new FormErrors();
        try
        {
            if (form.ToTemplate(name, errors) is { } template)
            {
                if (form.Action == "save")
                {
                    await templates.SaveAsync(template, ct);
                    return AdminResults.Redirect(context, $"{EditorPath}?name={Uri.EscapeDataString(name)}", $"Template '{name}' saved; the stores that inherit from it use it from their next request.");
                }

                var impact = await templates.PreviewAsync(template, ct);
                return AdminResults.Page<TemplateEditPage>(new { Name = name, Form = form, Impact = impact }, StatusCodes.Status200OK);
            }
        }
        catch (TenantValidationException exception)
        {
            foreach (var (field, messages) in exception.Errors)
            {
                messages.ToList().ForEach(m => errors.Add(TemplateForm.FieldOf(field), m));
            }
        }
        catch (DbUpdateConcurrencyException exception)
        {
            errors.Add("Name", exception.Message + " Reload the page to see the current values.");
        }

        return AdminResults.Page<TemplateEditPage>(new { Name = name, Form = form, Errors = errors });
    }
}
