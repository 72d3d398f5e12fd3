using System.Text.Json;
using Multistore.Catalog.Editing;
using Multistore.Recipes;

namespace Multistore.Catalog.Recipes;

/// <summary>
/// <c>{ "name": "catalog", "categories": [ { "key": "tops", "parent": "clothing", "names": { "en-US": "Tops" } } ],
/// "products": [ { "sku": "TEE-1", "status": "Active", "categories": ["tops"], "attributes": { "material": "cotton" },
/// "options": ["size"], "variants": [ { "sku": "TEE-1-M", "values": ["M"] } ], "weightKg": 0.2,
/// "translations": { "en-US": { "name": "Tee", "slug": "tee", "description": "..." } },
/// "images": [ { "data": "(base64 of the file)", "alt": { "en-US": "Tee, front" } }, { "file": "media/tee-back.svg" } ] } ],
/// "attributes": [ { "name": "material", "names": { "de-DE": "Material" }, "values": { "cotton": { "de-DE": "Baumwolle" } } } ] }</c>.
/// Attribute labels translate the culture-neutral attribute and option names and values products use.
/// An image's <c>file</c> names a file under the recipes folder (<see cref="RecipeImageFiles"/>).
/// A product or category that exists (same SKU or key) is updated. Products are Active unless the step says otherwise.
/// </summary>
internal sealed class CatalogRecipeStep(ProductWriter products, CategoryWriter categories, AttributeLabelWriter attributes, RecipeImageFiles imageFiles, CatalogDbContext db)
    : IRecipeStep
{
    public string Name => "catalog";

    public void Validate(RecipeStepContext context)
    {
        var categoryInputs = ReadCategories(context, out var categoryReadErrors);
        categoryReadErrors.ForEach(e => context.AddError(e.Field, e.Message));
        CategoryWriter.Validate(categoryInputs).ForEach(e => context.AddError(e.Field, e.Message));
        var attributeInputs = ReadList<AttributeInput>(context, "attributes", out var attributeReadErrors);
        attributeReadErrors.ForEach(e => context.AddError(e.Field, e.Message));
        AttributeLabelWriter.Validate(attributeInputs).ForEach(e => context.AddError(e.Field, e.Message));

        var skus = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (index, item) in context.ReadArray(context.Step, "products", required: true))
        {
            var path = $"products[{index}]";
            if (CatalogJson.ReadProduct(item, out var error) is not { } input)
            {
                context.AddError(path, error ?? "is not a product.");
                continue;
            }

            var fileErrors = imageFiles.Load(input);
            fileErrors.ForEach(e => context.AddError($"{path}.{e.Field}", e.Message));
            if (fileErrors.Count > 0)
            {
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

        var attributeInputs = ReadList<AttributeInput>(context, "attributes", out _);
        if (attributeInputs.Count > 0 && await attributes.SaveAsync(attributeInputs, cancellationToken) is [var attributeError, ..])
        {
            throw new InvalidOperationException($"Recipe '{context.RecipeName}' step {context.StepIndex}: {attributeError.Field} {attributeError.Message}");
        }

        foreach (var (index, item) in context.ReadArray(context.Step, "products"))
        {
            var input = CatalogJson.ReadProduct(item, out _)!;
            imageFiles.Load(input);
            input.Status ??= "Active";
            var result = await products.SaveAsync(input, cancellationToken);

            // Each product starts from a clean slate, as in an import: a step of 10,000 products otherwise makes every
            // save look through all the products saved before it (424 s for 10,000; the importer always did this).
            db.ChangeTracker.Clear();
            if (!result.Succeeded)
            {
                var error = result.Errors[0];
                throw new InvalidOperationException($"Recipe '{context.RecipeName}' step {context.StepIndex}: products[{index}].{error.Field} {error.Message}");
            }
        }
    }

    private static List<CategoryInput> ReadCategories(RecipeStepContext context, out List<FieldError> errors) =>
        ReadList<CategoryInput>(context, "categories", out errors);

    private static List<T> ReadList<T>(RecipeStepContext context, string property, out List<FieldError> errors) where T : class
    {
        errors = [];
        var result = new List<T>();
        foreach (var (index, item) in context.ReadArray(context.Step, property))
        {
            if (CatalogJson.Read<T>(item, out var error) is { } input)
            {
                result.Add(input);
            }
            else
            {
                errors.Add(new($"{property}[{index}]", error ?? "has the wrong shape."));
            }
        }

        return result;
    }
}
