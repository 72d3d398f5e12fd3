using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Multistore.Admin.Routing;
using Multistore.Setup;
using Multistore.Tenancy.Management;
using Multistore.Tenants.Services;

namespace Multistore.Tenants.Admin;

/// <summary>API keys for /api/tenants: issued here (the key is shown once), revoked here.</summary>
public static class ApiKeyAdminEndpoints
{
    public const string Path = "tenants/api-keys";

    public static IEndpointRouteBuilder MapApiKeyAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<ApiKeysPage>(Path, TenantsAdminPermissions.ManageApiKeys);
        endpoints.MapAdminPost(Path, IssueAsync, TenantsAdminPermissions.ManageApiKeys);
        endpoints.MapAdminPost($"{Path}/{{id:guid}}/revoke", RevokeAsync, TenantsAdminPermissions.ManageApiKeys);
        return endpoints;
    }

    private static async Task<RazorComponentResult<ApiKeysPage>> IssueAsync([FromForm] string? name, HttpContext context, ApiKeyService keys, CancellationToken ct)
    {
        try
        {
            // Checkboxes post the same name once per ticked box.
            var permissions = context.Request.Form["permissions"].OfType<string>().ToList();
            var issued = await keys.IssueAsync(name ?? "", permissions, ct);
            return AdminResults.Page<ApiKeysPage>(new { Issued = issued.Secret }, StatusCodes.Status200OK);
        }
        catch (TenantValidationException exception)
        {
            return AdminResults.Page<ApiKeysPage>(new { Error = exception.Message });
        }
    }

    private static async Task<RedirectHttpResult> RevokeAsync(Guid id, HttpContext context, ApiKeyService keys, CancellationToken ct) =>
        AdminResults.Redirect(context, Path, await keys.RevokeAsync(id, ct) ? "Key revoked." : "That key was already revoked.");
}
