using Multistore.Catalog.Domain;
using Multistore.Localization;

namespace Multistore.Catalog.Editing;

/// <summary>Checks a product's input on its own (the writer checks what needs the database: SKU and slug clashes).</summary>
internal static class ProductInputValidator
{
    public const int MaxSkuLength = 64;

    public static List<FieldError> Validate(ProductInput input)
    {
        var errors = new List<FieldError>();
        CheckSku(input.Sku, "sku", errors);
        if (input.Status is not null && !Enum.TryParse<ProductStatus>(input.Status, ignoreCase: true, out _))
        {
            errors.Add(new("status", $"'{input.Status}' is not a status (Draft, Active, Archived)."));
        }

        if (input.WeightKg is < 0)
        {
            errors.Add(new("weightKg", "must not be negative."));
        }

        if (input.Translations.Count == 0)
        {
            errors.Add(new("translations", "is required: at least one culture with a name."));
        }

        foreach (var (culture, text) in input.Translations)
        {
            if (CultureNames.Check(culture) is { } cultureError)
            {
                errors.Add(new($"translations.{culture}", cultureError));
            }

            if (string.IsNullOrWhiteSpace(text.Name))
            {
                errors.Add(new($"translations.{culture}.name", "is required."));
            }
            else if (text.Name.Length > 200)
            {
                errors.Add(new($"translations.{culture}.name", "must be at most 200 characters."));
            }
        }

        ValidateVariants(input, errors);
        if (input.Images is { } images)
        {
            ImageInputValidator.Validate(images, errors);
        }

        return errors;
    }

    private static void ValidateVariants(ProductInput input, List<FieldError> errors)
    {
        var skus = new HashSet<string>([input.Sku], StringComparer.OrdinalIgnoreCase);
        var combinations = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (input.Variants.Count > 0 && input.Options.Count == 0)
        {
            errors.Add(new("options", "are required when there are variants (e.g. [\"size\", \"color\"])."));
        }

        for (var i = 0; i < input.Variants.Count; i++)
        {
            var variant = input.Variants[i];
            var at = $"variants[{i}]";
            CheckSku(variant.Sku, $"{at}.sku", errors);
            if (!string.IsNullOrWhiteSpace(variant.Sku) && !skus.Add(variant.Sku))
            {
                errors.Add(new($"{at}.sku", $"SKU '{variant.Sku}' is used twice in this product."));
            }

            if (variant.Values.Count != input.Options.Count)
            {
                errors.Add(new($"{at}.values", $"needs one value per option ({string.Join(", ", input.Options)}), not {variant.Values.Count}."));
            }
            else if (variant.Values.Any(v => string.IsNullOrWhiteSpace(v) || v.Contains(ProductVariant.ValueSeparator, StringComparison.Ordinal)))
            {
                errors.Add(new($"{at}.values", $"must not be empty or contain '{ProductVariant.ValueSeparator}'."));
            }
            else if (!combinations.Add(string.Join(ProductVariant.ValueSeparator, variant.Values)))
            {
                errors.Add(new($"{at}.values", $"'{string.Join(" / ", variant.Values)}' is already another variant."));
            }
        }
    }

    private static void CheckSku(string sku, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(sku))
        {
            errors.Add(new(field, "is required."));
        }
        else if (sku.Length > MaxSkuLength || sku.Any(char.IsWhiteSpace))
        {
            errors.Add(new(field, $"'{sku}' must be at most {MaxSkuLength} characters without spaces."));
        }
    }
}
