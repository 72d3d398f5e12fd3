using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Multistore.Admin;
using Multistore.Admin.Routing;
using Multistore.Catalog.Admin.Products;
using Multistore.Catalog.Domain;
using Multistore.Catalog.Editing;
using Multistore.Catalog.Media;
using Multistore.Http;
using Multistore.Pricing.Editing;
using Multistore.Settings;

namespace Multistore.Catalog.Admin;

/// <summary>The product list, the product editor (create and edit) and status changes.</summary>
internal static class ProductAdminEndpoints
{
    public static IEndpointRouteBuilder MapProductAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPage<ProductsPage>("catalog/products", CatalogPermissions.ManageCatalog).WithName("AdminProducts");
        endpoints.MapAdminPage<ProductEditPage>("catalog/products/new", CatalogPermissions.ManageCatalog).WithName("AdminNewProduct");
        endpoints.MapAdminPage<ProductEditPage>("catalog/products/{id:guid}", CatalogPermissions.ManageCatalog).WithName("AdminEditProduct");
        endpoints.MapAdminPost("catalog/products/new", (HttpContext context, ProductEditor editor, IPriceListEditor prices, IOptions<SiteSettings> site, IStringLocalizer<AdminText> t)
            => SaveAsync(null, context, editor, prices, site, t), CatalogPermissions.ManageCatalog).WithName("AdminCreateProduct");
        endpoints.MapAdminPost("catalog/products/{id:guid}", (Guid id, HttpContext context, ProductEditor editor, IPriceListEditor prices, IOptions<SiteSettings> site, IStringLocalizer<AdminText> t)
            => SaveAsync(id, context, editor, prices, site, t), CatalogPermissions.ManageCatalog).WithName("AdminSaveProduct");
        endpoints.MapAdminPost("catalog/products/{id:guid}/status", SetStatusAsync, CatalogPermissions.ManageCatalog).WithName("AdminProductStatus");
        endpoints.MapAdminPost("catalog/products/{id:guid}/images", UploadImageAsync, CatalogPermissions.ManageCatalog).WithBodyCap(RequestBodyCap.Upload).WithName("AdminUploadProductImage");
        endpoints.MapAdminPost("catalog/products/{id:guid}/images/{image:guid}/delete", RemoveImageAsync, CatalogPermissions.ManageCatalog).WithName("AdminRemoveProductImage");
        endpoints.MapAdminPost("catalog/products/{id:guid}/images/details", SaveImageDetailsAsync, CatalogPermissions.ManageCatalog).WithName("AdminSaveProductImages");
        return endpoints;
    }

    private static async Task<Results<RazorComponentResult<ProductEditPage>, RedirectHttpResult>> SaveAsync(Guid? id, HttpContext context, ProductEditor editor, IPriceListEditor prices, IOptions<SiteSettings> site, IStringLocalizer<AdminText> t)
    {
        var lists = await prices.ListsAsync(context.RequestAborted);
        var posted = await context.Request.ReadFormAsync(context.RequestAborted);
        var form = ProductFormReader.Read(posted, site.Value.Cultures, [.. lists.Select(l => l.Id)]);
        var (savedId, errors) = await editor.SaveAsync(id, form, site.Value.DefaultCulture, context.RequestAborted);
        if (savedId is not { } productId)
        {
            return AdminResults.Page<ProductEditPage>(new { Id = id, Form = form, Problems = errors });
        }

        return AdminResults.Redirect(context, $"catalog/products/{productId}", id is null ? t["Product created."] : t["Product saved."]);
    }

    private static async Task<Results<ProblemHttpResult, RedirectHttpResult, NotFound>> SetStatusAsync(Guid id, [FromForm] string? status, HttpContext context, ProductEditor editor, IStringLocalizer<AdminText> t)
    {
        if (!Enum.TryParse<ProductStatus>(status, ignoreCase: true, out var wanted) || !Enum.IsDefined(wanted))
        {
            return TypedResults.Problem(title: "Unknown status", detail: $"'{status}' is not a status (Draft, Active, Archived).", statusCode: StatusCodes.Status400BadRequest);
        }

        return await editor.SetStatusAsync(id, wanted, context.RequestAborted)
            ? AdminResults.Redirect(context, $"catalog/products/{id}", t["Product is now {0}.", t[wanted.ToString()]])
            : TypedResults.NotFound();
    }

    private static async Task<Results<RedirectHttpResult, RazorComponentResult<ProductEditPage>>> UploadImageAsync(Guid id, IFormFile? image, HttpContext context, ProductImageUploads uploads, IStringLocalizer<AdminText> t)
    {
        var error = image is null
            ? new FieldError("image", "Choose an image file to upload.")
            : await uploads.AddAsync(id, image.OpenReadStream(), image.Length, context.RequestAborted);
        return error is null
            ? AdminResults.Redirect(context, $"catalog/products/{id}#images", t["Image added."])
            : AdminResults.Page<ProductEditPage>(new { Id = (Guid?)id, Problems = new[] { error } });
    }

    private static async Task<Results<RedirectHttpResult, NotFound>> RemoveImageAsync(Guid id, Guid image, HttpContext context, ProductImageUploads uploads, IStringLocalizer<AdminText> t) =>
        await uploads.RemoveAsync(id, image, context.RequestAborted)
            ? AdminResults.Redirect(context, $"catalog/products/{id}#images", t["Image removed."])
            : TypedResults.NotFound();

    /// <summary>The images panel's form: alt texts per culture, and the order (an arrow button moves one image).</summary>
    private static async Task<Results<RedirectHttpResult, RazorComponentResult<ProductEditPage>>> SaveImageDetailsAsync(Guid id, HttpContext context, ProductImageDetails details, IOptions<SiteSettings> site, IStringLocalizer<AdminText> t)
    {
        var posted = await context.Request.ReadFormAsync(context.RequestAborted);
        var (images, order, errors, moved) = ProductImagesFormReader.Read(posted, site.Value.Cultures);
        if (errors.Count == 0)
        {
            errors.AddRange(await details.SaveAsync(id, images, order, context.RequestAborted));
        }

        return errors.Count == 0
            ? AdminResults.Redirect(context, $"catalog/products/{id}#images", moved ? t["Image moved."] : t["Image texts saved."])
            : AdminResults.Page<ProductEditPage>(new { Id = (Guid?)id, Problems = errors, ImageForm = images });
    }
}
