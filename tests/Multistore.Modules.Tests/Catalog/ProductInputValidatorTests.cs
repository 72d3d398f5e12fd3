using Multistore.Catalog.Editing;

namespace Multistore.Modules.Tests.Catalog;

public sealed class ProductInputValidatorTests
{
    private static ProductInput Valid() => new()
    {
        Sku = "TEE",
        Options = ["size", "color"],
        Variants = [new VariantInput { Sku = "TEE-S-RED", Values = ["S", "Red"] }],
        Translations = { ["en-US"] = new TranslationInput { Name = "Tee" } },
    };

    [Fact]
    public void AcceptsAProductWithVariants() => Assert.Empty(ProductInputValidator.Validate(Valid()));

    [Fact]
    public void NamesEachBadField()
    {
        var input = Valid();
        input.Status = "Published";
        input.WeightKg = -1;
        input.Translations["xx-NOPE"] = new TranslationInput { Name = "" };
        input.Variants.Add(new VariantInput { Sku = "TEE", Values = ["M"] });
        input.Variants.Add(new VariantInput { Sku = "TEE-S-RED-2", Values = ["S", "Red"] });

        var fields = ProductInputValidator.Validate(input).Select(e => e.Field).ToList();

        Assert.Contains("status", fields);
        Assert.Contains("weightKg", fields);
        Assert.Contains("translations.xx-NOPE.name", fields);
        Assert.Contains("variants[1].sku", fields);
        Assert.Contains("variants[1].values", fields);
        Assert.Contains("variants[2].values", fields);
    }
}
