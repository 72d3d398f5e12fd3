using Multistore.Search.Indexing;
using Multistore.Search.Querying;

namespace Multistore.Modules.Tests.Search.Querying;

public sealed class SearchQueryBuilderTests
{
    [Theory]
    [InlineData("parka\"(")]
    [InlineData("[a TO")]
    [InlineData("*wild")]
    [InlineData("AND OR NOT")]
    [InlineData("\\")]
    [InlineData("title:{x")]
    public void MalformedTextStillGivesAQuery(string text)
    {
        using var analyzer = SearchAnalyzers.For("en-US");

        var query = SearchQueryBuilder.Build(new SearchRequest(text, "en-US"), analyzer, "USD");

        Assert.NotNull(query);
    }

    [Fact]
    public void GermanAnalyzerFoldsUmlautsAndStemsPlurals()
    {
        using var analyzer = SearchAnalyzers.For("de-DE");
        using var index = new CultureIndex("de-DE", Path.Combine(Path.GetTempPath(), "ms-search-" + Guid.NewGuid().ToString("N")));
        var product = new Multistore.Catalog.Services.IndexableProduct(Guid.NewGuid(), "CAP", true, DateTime.UtcNow, ["CAP"], [],
            new Dictionary<string, Multistore.Catalog.Services.ProductText> { ["de-DE"] = new("Mütze", "mutze", "<p>Warm</p>") }, [], new Dictionary<string, string>());
        index.Update(product.Id.ToString(), ProductDocuments.Build(product, "de-DE", "de-DE", []));
        index.Commit(1);

        var result = ProductSearch.Run(index, new SearchRequest("Mützen", "de-DE"), "EUR");

        Assert.Equal(["CAP"], result.Hits.Select(h => h.Sku));
    }
}
