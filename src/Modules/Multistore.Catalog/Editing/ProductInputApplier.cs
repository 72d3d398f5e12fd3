using Multistore.Catalog.Domain;
using Multistore.Catalog.Services;

namespace Multistore.Catalog.Editing;

/// <summary>Copies a validated input onto a tracked product, updating parts in place so keys never clash.</summary>
internal sealed class ProductInputApplier(DescriptionSanitizer sanitizer)
{
    public void Apply(ProductInput input, Product product, IReadOnlyList<Guid> categoryIds)
    {
        product.Status = input.Status is null ? product.Status : Enum.Parse<ProductStatus>(input.Status, ignoreCase: true);
        product.WeightKg = input.WeightKg ?? product.WeightKg;
        product.TaxClass = string.IsNullOrWhiteSpace(input.TaxClass) ? product.TaxClass : input.TaxClass.Trim();
        product.UpdatedUtc = DateTime.UtcNow;
        ApplyTranslations(input, product);
        ApplyOptionsAndVariants(input, product);

        product.Attributes.RemoveAll(a => !input.Attributes.ContainsKey(a.Name));
        foreach (var (name, value) in input.Attributes)
        {
            var attribute = product.Attributes.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
            if (attribute is null)
            {
                product.Attributes.Add(attribute = new ProductAttributeValue { ProductId = product.Id, Name = name.Trim() });
            }

            attribute.Value = value.Trim();
        }

        product.Categories.RemoveAll(c => !categoryIds.Contains(c.CategoryId));
        foreach (var id in categoryIds.Where(id => product.Categories.All(c => c.CategoryId != id)))
        {
            product.Categories.Add(new ProductCategory { ProductId = product.Id, CategoryId = id });
        }
    }

    private void ApplyTranslations(ProductInput input, Product product)
    {
        product.Translations.RemoveAll(t => input.RemovedTranslations.Contains(t.Culture) && !input.Translations.ContainsKey(t.Culture));
        foreach (var (culture, given) in input.Translations)
        {
            var text = product.Translations.FirstOrDefault(t => string.Equals(t.Culture, culture, StringComparison.OrdinalIgnoreCase));
            if (text is null)
            {
                product.Translations.Add(text = new ProductTranslation { ProductId = product.Id, Culture = culture });
            }

            text.Name = given.Name.Trim();
            text.Slug = Slugs.From(string.IsNullOrWhiteSpace(given.Slug) ? given.Name : given.Slug);
            text.Description = sanitizer.Sanitize(given.Description);
            text.SeoTitle = string.IsNullOrWhiteSpace(given.SeoTitle) ? null : given.SeoTitle.Trim();
            text.SeoDescription = string.IsNullOrWhiteSpace(given.SeoDescription) ? null : given.SeoDescription.Trim();
        }
    }

    private static void ApplyOptionsAndVariants(ProductInput input, Product product)
    {
        product.Options.RemoveAll(o => o.Position >= input.Options.Count);
        for (var i = 0; i < input.Options.Count; i++)
        {
            var option = product.Options.FirstOrDefault(o => o.Position == i);
            if (option is null)
            {
                product.Options.Add(option = new ProductOption { ProductId = product.Id, Position = i });
            }

            option.Name = input.Options[i].Trim();
        }

        var wanted = new HashSet<string>(input.Variants.Select(v => v.Sku), StringComparer.OrdinalIgnoreCase);
        product.Variants.RemoveAll(v => !wanted.Contains(v.Sku));
        for (var i = 0; i < input.Variants.Count; i++)
        {
            var given = input.Variants[i];
            var variant = product.Variants.FirstOrDefault(v => string.Equals(v.Sku, given.Sku, StringComparison.OrdinalIgnoreCase));
            if (variant is null)
            {
                product.Variants.Add(variant = new ProductVariant { ProductId = product.Id, Sku = given.Sku });
            }

            variant.Position = i;
            variant.OptionValues = string.Join(ProductVariant.ValueSeparator, given.Values.Select(v => v.Trim()));
            variant.WeightKg = given.WeightKg;
        }
    }
}
