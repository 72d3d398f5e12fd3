using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Multistore.Admin;
using Multistore.Admin.Routing;
using Multistore.Catalog.Editing;
using Multistore.Settings;

namespace Multistore.Catalog.Admin.Attributes;

/// <summary>
/// The labels editor: one form per attribute or option with its name and each value in every culture of the store.
/// A label left empty is removed (the default culture's label, else the key, is shown instead).
/// </summary>
public static class AttributeAdminEndpoints
{
    public const string Path = "catalog/attributes";

    public static IEndpointRouteBuilder MapAttributeAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<AttributesPage>(Path, CatalogPermissions.ManageCatalog).WithName("AdminCatalogAttributes");
        endpoints.MapAdminPost(Path, SaveAsync, CatalogPermissions.ManageCatalog).WithName("AdminCatalogSaveAttributeLabels");
        return endpoints;
    }

    private static async Task<Results<RazorComponentResult<AttributesPage>, RedirectHttpResult>> SaveAsync(HttpContext context, AttributeLabelWriter writer, IOptions<SiteSettings> site, IStringLocalizer<AdminText> t)
    {
        var posted = await context.Request.ReadFormAsync(context.RequestAborted);
        var input = new AttributeInput { Name = posted["name"].ToString().Trim() };
        foreach (var culture in site.Value.Cultures)
        {
            if (posted[$"names.{culture}"].ToString().Trim() is { Length: > 0 } text)
            {
                input.Names[culture] = text;
            }
        }

        for (var i = 0; posted.ContainsKey($"values[{i}].value"); i++)
        {
            var texts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var culture in site.Value.Cultures)
            {
                if (posted[$"values[{i}].{culture}"].ToString().Trim() is { Length: > 0 } text)
                {
                    texts[culture] = text;
                }
            }

            if (texts.Count > 0)
            {
                input.Values[posted[$"values[{i}].value"].ToString()] = texts;
            }
        }

        var errors = await writer.SaveAsync([input], context.RequestAborted);
        return errors.Count > 0
            ? AdminResults.Page<AttributesPage>(new { Problems = errors.Select(e => e with { Field = e.Field.Replace("attributes[0].", "", StringComparison.Ordinal) }).ToList() })
            : AdminResults.Redirect(context, Path, t["Labels of '{0}' saved.", input.Name]);
    }
}
