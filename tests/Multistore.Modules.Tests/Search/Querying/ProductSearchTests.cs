using Multistore.Catalog.Services;
using Multistore.Search.Indexing;
using Multistore.Search.Querying;

namespace Multistore.Modules.Tests.Search.Querying;

/// <summary>What a shopper's text, filters and sort find in one culture's index of a small catalog.</summary>
public sealed class ProductSearchTests : IDisposable
{
    private static readonly DateTime Launch = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ms-search-" + Guid.NewGuid().ToString("N"));
    private readonly CultureIndex _index;

    public ProductSearchTests()
    {
        _index = new CultureIndex("en-US", _folder);
        Add("SWTR-01", "Wool sweater", "<p>A <b>warm</b> jumper for winter</p>", 89m, days: 1, category: "knitwear", colour: "red");
        Add("SWTR-02", "Cotton sweater", "Light knit", 49.50m, days: 5, category: "knitwear", colour: "blue");
        Add("TEE-01", "Organic tee", "Soft cotton T-shirt", 19m, days: 3, category: "tops", colour: "red");
        Add("C++BOOK", "C++ for shops", "A book (paperback)", 35m, days: 2, category: "books", colour: null);
        Add("GIFT", "Gift card", "Any amount", null, days: 4, category: "gifts", colour: null);
        _index.Commit(1);
    }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void EmptyTextBrowsesEveryProduct()
    {
        var result = Search(new SearchRequest("", "en-US"));

        Assert.True(result.Indexed);
        Assert.Equal(5, result.Total);
    }

    [Fact]
    public void AnIndexNotBuiltYetSaysSoRatherThanFindingNothing()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ms-search-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var building = new CultureIndex("en-US", folder);

            var result = ProductSearch.Run(building, new SearchRequest("", "en-US"), "USD");

            Assert.False(result.Indexed);
            Assert.Equal(0, result.Total);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void DescriptionsAreSearchedAsTextWithoutTheirMarkup()
    {
        Assert.Equal(["SWTR-01"], Skus(new SearchRequest("warm", "en-US")));
        Assert.Empty(Skus(new SearchRequest("b", "en-US")));
    }

    [Fact]
    public void AMisspelledWordStillFindsTheProduct()
    {
        Assert.Contains("SWTR-01", Skus(new SearchRequest("wool sweeter", "en-US")));
    }

    [Theory]
    [InlineData("C++")]
    [InlineData("(paperback")]
    [InlineData("book\"")]
    public void TextWithQuerySyntaxIsSearchedAsPlainText(string text)
    {
        Assert.Equal(["C++BOOK"], Skus(new SearchRequest(text, "en-US")));
    }

    [Fact]
    public void ACategoryFilterKeepsOnlyItsProducts()
    {
        Assert.Equal(["SWTR-01", "SWTR-02"], Skus(new SearchRequest("", "en-US") { Category = "knitwear" }).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AttributeFiltersMatchTheNameInAnyCaseAndAllMustHold()
    {
        var red = new SearchRequest("", "en-US") { Attributes = new Dictionary<string, string> { ["Colour"] = "red" } };
        var redKnitwear = red with { Category = "knitwear" };

        Assert.Equal(["SWTR-01", "TEE-01"], Skus(red).Order(StringComparer.Ordinal));
        Assert.Equal(["SWTR-01"], Skus(redKnitwear));
    }

    [Fact]
    public void APriceRangeIncludesItsMinimumAndExcludesItsMaximum()
    {
        var range = new SearchRequest("", "en-US") { MinPrice = 35m, MaxPrice = 89m };

        Assert.Equal(["C++BOOK", "SWTR-02"], Skus(range).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AProductWithoutAPriceInTheCurrencyIsOutsideEveryPriceFilter()
    {
        Assert.DoesNotContain("GIFT", Skus(new SearchRequest("", "en-US") { MinPrice = 0m }));
    }

    [Fact]
    public void SortingByPriceRunsBothWaysWithUnpricedProductsLast()
    {
        var ascending = Skus(new SearchRequest("", "en-US") { Sort = SearchSort.PriceAscending, PageSize = 10 });
        var descending = Skus(new SearchRequest("", "en-US") { Sort = SearchSort.PriceDescending, PageSize = 10 });

        Assert.Equal(["TEE-01", "C++BOOK", "SWTR-02", "SWTR-01", "GIFT"], ascending);
        Assert.Equal(["SWTR-01", "SWTR-02", "C++BOOK", "TEE-01", "GIFT"], descending);
    }

    [Fact]
    public void NewestSortsTheLatestCreatedFirst()
    {
        Assert.Equal(["SWTR-02", "GIFT", "TEE-01", "C++BOOK", "SWTR-01"], Skus(new SearchRequest("", "en-US") { Sort = SearchSort.Newest }));
    }

    [Fact]
    public void HitsCarryTheirPriceInTheSearchedCurrency()
    {
        var hit = Search(new SearchRequest("organic", "en-US")).Hits.Single();

        Assert.Equal(new Multistore.Commerce.Money(19m, "USD"), hit.Price);
    }

    [Fact]
    public void PagesSliceTheSortedHits()
    {
        var second = Search(new SearchRequest("", "en-US") { Sort = SearchSort.Newest, Page = 2, PageSize = 2 });

        Assert.Equal(5, second.Total);
        Assert.Equal(3, second.PageCount);
        Assert.Equal(["TEE-01", "C++BOOK"], second.Hits.Select(h => h.Sku));
    }

    private SearchResult Search(SearchRequest request) => ProductSearch.Run(_index, request, "USD");

    private List<string> Skus(SearchRequest request) => [.. Search(request).Hits.Select(h => h.Sku)];

    private void Add(string sku, string name, string description, decimal? usd, int days, string category, string? colour)
    {
        var product = new IndexableProduct(Guid.NewGuid(), sku, true, Launch.AddDays(days), [sku], [],
            new Dictionary<string, ProductText> { ["en-US"] = new(name, sku.ToLowerInvariant(), description) },
            [new IndexableCategory(Guid.NewGuid(), category, new Dictionary<string, string> { ["en-US"] = category })],
            colour is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["colour"] = colour });
        IndexablePrice[] prices = usd is { } amount ? [new IndexablePrice("USD", amount, null)] : [];
        _index.Update(product.Id.ToString(), ProductDocuments.Build(product, "en-US", "en-US", prices));
    }
}
