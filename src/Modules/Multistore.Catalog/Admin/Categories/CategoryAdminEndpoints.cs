using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Multistore.Admin;
using Multistore.Admin.Routing;
using Multistore.Catalog.Editing;
using Multistore.Settings;

namespace Multistore.Catalog.Admin.Categories;

/// <summary>The category tree editor: create, rename, move (new parent or order) and delete with a guard.</summary>
internal static class CategoryAdminEndpoints
{
    public const string Path = "catalog/categories";

    public static IEndpointRouteBuilder MapCategoryAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<CategoriesPage>(Path, CatalogPermissions.ManageCatalog).WithName("AdminCategories");
        endpoints.MapAdminPost(Path, SaveAsync, CatalogPermissions.ManageCatalog).WithName("AdminSaveCategory");
        endpoints.MapAdminPost($"{Path}/delete", DeleteAsync, CatalogPermissions.ManageCatalog).WithName("AdminDeleteCategory");
        return endpoints;
    }

    private static async Task<Results<RazorComponentResult<CategoriesPage>, RedirectHttpResult>> SaveAsync(HttpContext context, CategoryWriter writer, CatalogDbContext db, IOptions<SiteSettings> site, IStringLocalizer<AdminText> t)
    {
        var posted = await context.Request.ReadFormAsync(context.RequestAborted);
        var form = new CategoryForm
        {
            Editing = posted["editing"].ToString() is { Length: > 0 } editing ? editing : null,
            Key = posted["key"].ToString().Trim(),
            Parent = posted["parent"].ToString() is { Length: > 0 } parent ? parent : null,
            SortOrder = posted["sortOrder"].ToString().Trim(),
        };
        foreach (var culture in site.Value.Cultures)
        {
            if (posted[$"names.{culture}"].ToString().Trim() is { Length: > 0 } name)
            {
                form.Names[culture] = name;
            }
        }

        if (form.Editing is not null)
        {
            form.Key = form.Editing;
        }

        var errors = new List<FieldError>();
        if (!int.TryParse(form.SortOrder.Length == 0 ? "0" : form.SortOrder, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var sortOrder))
        {
            errors.Add(new("sortOrder", t["'{0}' is not a whole number.", form.SortOrder]));
        }

        if (form.Editing is null && form.Key.Length > 0 && await db.Categories.AnyAsync(c => c.Key == form.Key, context.RequestAborted))
        {
            errors.Add(new("key", t["There is already a category '{0}'.", form.Key]));
        }

        if (form.Editing is not null && !await db.Categories.AnyAsync(c => c.Key == form.Editing, context.RequestAborted))
        {
            errors.Add(new("key", t["There is no category '{0}'; it may have been deleted.", form.Editing]));
        }

        if (form.Key.Any(char.IsWhiteSpace))
        {
            errors.Add(new("key", "must not contain spaces; use dashes, e.g. rain-jackets."));
        }

        if (errors.Count == 0)
        {
            var input = new CategoryInput { Key = form.Key, Parent = form.Parent, SortOrder = sortOrder, Names = form.Names };
            errors.AddRange((await writer.SaveAsync([input], context.RequestAborted)).Select(e => e with { Field = e.Field.Replace("categories[0].", "", StringComparison.Ordinal) }));
        }

        return errors.Count > 0
            ? AdminResults.Page<CategoriesPage>(new { Form = form, Problems = errors })
            : AdminResults.Redirect(context, Path, form.Editing is null ? t["Category '{0}' created.", form.Key] : t["Category '{0}' saved.", form.Key]);
    }

    private static async Task<Results<RedirectHttpResult, RazorComponentResult<CategoriesPage>>> DeleteAsync([FromForm] string? key, HttpContext context, CategoryWriter writer, IStringLocalizer<AdminText> t)
    {
        var error = await writer.DeleteAsync(key ?? "", context.RequestAborted);
        return error is null
            ? AdminResults.Redirect(context, Path, t["Category '{0}' deleted.", key ?? ""])
            : AdminResults.Page<CategoriesPage>(new { Error = t["Category not deleted: {0}", t[error.Message]].Value }, StatusCodes.Status409Conflict);
    }
}
