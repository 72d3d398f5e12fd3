using System.Text.Json;
using Multistore.Catalog.Editing;
using Multistore.Recipes;

namespace Multistore.Catalog.Recipes;

/// <summary>
/// <c>{ "name": "catalog", "categories": [ { "key": "tops", "parent": "clothing", "names": { "en-US": "Tops" } } ],
/// "products": [ { "sku": "TEE-1", "status": "Active", "categories": ["tops"], "attributes": { "material": "cotton" },
/// "options": ["size"], "variants": [ { "sku": "TEE-1-M", "values": ["M"] } ], "weightKg": 0.2,
/// "translations": { "en-US": { "name": "Tee", "slug": "tee", "description": "..." } } } ] }</c>.
/// A product or category that exists (same SKU or key) is updated. Products are Active unless the step says otherwise.
/// </summary>
public sealed class CatalogRecipeStep(ProductWriter products, CategoryWriter categories) : IRecipeStep
{
    public string Name => "catalog";

    public void Validate(RecipeStepContext context)
    {
        var categoryInputs = ReadCategories(context, out var categoryReadErrors);
        categoryReadErrors.ForEach(e => context.AddError(e.Field, e.Message));
        CategoryWriter.Validate(categoryInputs).ForEach(e => context.AddError(e.Field, e.Message));

        var skus = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (index, item) in context.ReadArray(context.Step, "products", required: true))
        {
            var path = $"products[{index}]";
            if (CatalogJson.ReadProduct(item, out var error) is not { } input)
            {
                context.AddError(path, error ?? "is not a product.");
                continue;
            }

            foreach (var sku in input.Variants.Select(v => v.Sku).Prepend(input.Sku).Where(s => !string.IsNullOrEmpty(s) && !skus.Add(s)))
            {
                context.AddError($"{path}.sku", $"SKU '{sku}' appears twice.");
            }

            ProductInputValidator.Validate(input).ForEach(e => context.AddError($"{path}.{e.Field}", e.Message));
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var categoryInputs = ReadCategories(context, out _);
        if (categoryInputs.Count > 0 && await categories.SaveAsync(categoryInputs, cancellationToken) is [var categoryError, ..])
        {
            throw new InvalidOperationException($"Recipe '{context.RecipeName}' step {context.StepIndex}: {categoryError.Field} {categoryError.Message}");
        }

        foreach (var (index, item) in context.ReadArray(context.Step, "products"))
        {
            var input = CatalogJson.ReadProduct(item, out _)!;
            input.Status ??= "Active";
            var result = await products.SaveAsync(input, cancellationToken);
            if (!result.Succeeded)
            {
                var error = result.Errors[0];
                throw new InvalidOperationException($"Recipe '{context.RecipeName}' step {context.StepIndex}: products[{index}].{error.Field} {error.Message}");
            }
        }
    }

    private static List<CategoryInput> ReadCategories(RecipeStepContext context, out List<FieldError> errors)
    {
        errors = [];
        var result = new List<CategoryInput>();
        foreach (var (index, item) in context.ReadArray(context.Step, "categories"))
        {
            if (CatalogJson.Read<CategoryInput>(item, out var error) is { } input)
            {
                result.Add(input);
            }
            else
            {
                errors.Add(new($"categories[{index}]", error ?? "is not a category."));
            }
        }

        return result;
    }
}
