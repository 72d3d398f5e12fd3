using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Multistore.Admin;
using Multistore.Admin.Permissions;
using Multistore.Admin.Routing;
using Multistore.Localization;
using Multistore.Settings;

namespace Multistore.Storefront.Admin;

/// <summary>The store's own UI string translations per culture (PO text), and the strings still missing a translation.</summary>
public static class TranslationAdminEndpoints
{
    public const string Path = "appearance/translations";

    public static IEndpointRouteBuilder MapTranslationAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<TranslationsPage>(Path, AdminPermissions.ManageSettings).WithName("AdminTranslations");
        endpoints.MapAdminPost(Path, SaveAsync, AdminPermissions.ManageSettings).WithName("AdminSaveTranslations");
        return endpoints;
    }

    private static async Task<Results<RazorComponentResult<TranslationsPage>, RedirectHttpResult>> SaveAsync([FromForm] string? culture, [FromForm] string? text, HttpContext context, IOptions<SiteSettings> site,
        ITranslationOverrides overrides, CancellationToken cancellationToken)
    {
        var t = context.AdminText();
        var errors = new FormErrors();
        var known = site.Value.Cultures.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));
        if (known is null)
        {
            errors.Add("Culture", t["Choose one of the store's cultures: {0}.", string.Join(", ", site.Value.Cultures)]);
            return AdminResults.Page<TranslationsPage>(new { Culture = culture, Text = text, Errors = errors });
        }

        try
        {
            await overrides.SaveAsync(known, text ?? "", cancellationToken);
        }
        catch (FormatException exception)
        {
            errors.Add("Text", t["Not saved: {0}", exception.Message]);
            return AdminResults.Page<TranslationsPage>(new { Culture = known, Text = text, Errors = errors });
        }

        return AdminResults.Redirect(context, $"{Path}?culture={Uri.EscapeDataString(known)}", t["Translations for {0} saved; the store uses them from the next page view.", known]);
    }
}
