using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Multistore.Catalog.Domain;
using Multistore.Localization;
using Multistore.Recipes;

namespace Multistore.Catalog.Recipes;

/// <summary>
/// <c>{ "name": "catalog", "products": [ { "sku": "TEE-1", "status": "Active",
/// "translations": { "en-US": { "name": "Tee", "slug": "tee", "description": "..." } } } ] }</c>.
/// A product whose SKU exists is updated.
/// </summary>
public sealed class CatalogRecipeStep(CatalogDbContext db) : IRecipeStep
{
    public string Name => "catalog";

    public void Validate(RecipeStepContext context)
    {
        var skus = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (index, product) in context.ReadArray(context.Step, "products", required: true))
        {
            var path = $"products[{index}]";
            var sku = context.ReadString(product, "sku", required: true, path: path);
            if (sku is not null && !skus.Add(sku))
            {
                context.AddError($"{path}.sku", $"SKU '{sku}' appears twice.");
            }

            if (context.ReadString(product, "status", path: path) is { } status && !Enum.TryParse<ProductStatus>(status, ignoreCase: true, out _))
            {
                context.AddError($"{path}.status", $"'{status}' is not a status (Draft, Active, Archived).");
            }

            if (!product.TryGetProperty("translations", out var translations) || translations.ValueKind != JsonValueKind.Object)
            {
                context.AddError($"{path}.translations", "is required: an object of culture to texts.");
                continue;
            }

            foreach (var translation in translations.EnumerateObject())
            {
                var at = $"{path}.translations.{translation.Name}";
                if (CultureNames.Check(translation.Name) is { } cultureError)
                {
                    context.AddError(at, cultureError);
                }

                context.ReadString(translation.Value, "name", required: true, path: at);
            }
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var order = 0;
        foreach (var (_, item) in context.ReadArray(context.Step, "products"))
        {
            var sku = item.GetProperty("sku").GetString()!;
            var product = await db.Products.Include(p => p.Translations).SingleOrDefaultAsync(p => p.Sku == sku, cancellationToken);
            if (product is null)
            {
                product = new Product { Sku = sku };
                db.Products.Add(product);
            }

            product.Status = item.TryGetProperty("status", out var status) ? Enum.Parse<ProductStatus>(status.GetString()!, ignoreCase: true) : ProductStatus.Active;
            product.SortOrder = order++;
            product.UpdatedUtc = DateTime.UtcNow;
            foreach (var translation in item.GetProperty("translations").EnumerateObject())
            {
                var text = product.Translations.FirstOrDefault(t => t.Culture == translation.Name);
                if (text is null)
                {
                    text = new ProductTranslation { ProductId = product.Id, Culture = translation.Name };
                    product.Translations.Add(text);
                }

                text.Name = translation.Value.GetProperty("name").GetString()!;
                text.Slug = translation.Value.TryGetProperty("slug", out var slug) ? slug.GetString()! : Slugs.From(text.Name);
                text.Description = translation.Value.TryGetProperty("description", out var description) ? description.GetString() ?? "" : "";
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
