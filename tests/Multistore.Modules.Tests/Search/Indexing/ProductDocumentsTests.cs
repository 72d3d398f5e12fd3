using Multistore.Catalog.Services;
using Multistore.Search.Indexing;

namespace Multistore.Modules.Tests.Search.Indexing;

public sealed class ProductDocumentsTests
{
    [Fact]
    public void AnAustrianDocumentTakesTheGermanTextsNotTheFirstStored()
    {
        var product = Product(
            new Dictionary<string, ProductText>(StringComparer.OrdinalIgnoreCase)
            {
                ["fr-FR"] = new("Bonnet", "bonnet", "Chaud"),
                ["de-DE"] = new("Wollmütze", "wollmuetze", "Warm"),
            },
            new IndexableCategory(Guid.NewGuid(), "hats", new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["fr-FR"] = "Chapeaux", ["de-DE"] = "Mützen" }));

        var document = ProductDocuments.Build(product, "de-AT", "en-US", []);

        Assert.Equal("Wollmütze", document.Get(IndexFields.Name, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("wollmuetze", document.Get(IndexFields.Slug, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void WithoutTheLanguageTheDocumentTakesTheDefaultCulture()
    {
        var product = Product(new Dictionary<string, ProductText>(StringComparer.OrdinalIgnoreCase)
        {
            ["fr-FR"] = new("Écharpe", "echarpe", ""),
            ["en-US"] = new("Scarf", "scarf", ""),
        });

        Assert.Equal("Scarf", ProductDocuments.Build(product, "de-AT", "en-US", []).Get(IndexFields.Name, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static IndexableProduct Product(IReadOnlyDictionary<string, ProductText> texts, params IndexableCategory[] categories) =>
        new(Guid.NewGuid(), "AT-1", true, DateTime.UtcNow, ["AT-1"], [], texts, categories, new Dictionary<string, string>());
}
