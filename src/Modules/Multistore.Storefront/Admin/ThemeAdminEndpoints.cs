using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Multistore.Admin;
using Multistore.Admin.Permissions;
using Multistore.Admin.Routing;
using Multistore.Settings;
using Multistore.Storefront.Endpoints;
using Multistore.Theming;

namespace Multistore.Storefront.Admin;

/// <summary>Choose the site theme, edit its settings and preview the unsaved ones in the storefront's home page.</summary>
public static class ThemeAdminEndpoints
{
    public const string Path = "appearance/theme";
    public const string PreviewPath = "appearance/theme/preview";

    public static IEndpointRouteBuilder MapThemeAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<ThemePage>(Path, AdminPermissions.ManageSettings).WithName("AdminTheme");
        endpoints.MapAdminPost(Path, SaveAsync, AdminPermissions.ManageSettings).WithName("AdminSaveTheme");
        endpoints.MapAdminPost(PreviewPath, PreviewAsync, AdminPermissions.ManageSettings).WithName("AdminPreviewTheme");
        return endpoints;
    }

    private static async Task<Results<RazorComponentResult<ThemePage>, RedirectHttpResult>> SaveAsync(HttpContext context, IThemeCatalog themes, ISiteSettingsStore store, IStringLocalizer<AdminText> t, CancellationToken cancellationToken)
    {
        var form = ThemeSettingsForm.Read(await context.Request.ReadFormAsync(cancellationToken));
        var errors = form.Validate(themes, t);
        if (!errors.IsValid)
        {
            return AdminResults.Page<ThemePage>(new { Form = form, Errors = errors });
        }

        await store.MergeAsync(SiteSettings.GroupName, JsonSerializer.SerializeToElement(new Dictionary<string, string> { [nameof(SiteSettings.Theme)] = form.Theme }), cancellationToken);
        await store.SaveAsync(IThemeSettings.GroupName, JsonSerializer.SerializeToElement(form.Changed(themes)), cancellationToken);
        return AdminResults.Redirect(context, Path, t["Theme saved: the store now shows {0}.", themes.Find(form.Theme)!.DisplayName]);
    }

    /// <summary>The home page as it would look with the posted, unsaved theme and settings; stores nothing.</summary>
    private static async Task<ContentHttpResult> PreviewAsync(HttpContext context, IThemeCatalog themes, IStringLocalizer<AdminText> t, CancellationToken cancellationToken)
    {
        var form = ThemeSettingsForm.Read(await context.Request.ReadFormAsync(cancellationToken));
        var errors = form.Validate(themes, t);
        context.Response.Headers.CacheControl = "no-store";
        Multistore.Admin.Security.AdminFraming.AllowBySameOrigin(context.Response);
        if (!errors.IsValid)
        {
            return TypedResults.Content(
                $"<!doctype html><title>{System.Net.WebUtility.HtmlEncode(t["Preview"])}</title><p role=\"alert\">{System.Net.WebUtility.HtmlEncode(string.Join(" ", errors.All))}</p>",
                "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        context.Features.Set(new ThemePreview(form.Theme, form.Values));
        return await HomePageEndpoints.RenderAsync(context.RequestServices, cancellationToken);
    }
}
