using Multistore.Catalog.Services;
using Multistore.Modules.Tests.Cart.Services;
using Multistore.Search.Indexing;
using Multistore.Search.Querying;

namespace Multistore.Modules.Tests.Search.Querying;

/// <summary>
/// The web's category and search pages while the node has not built the culture's index: the shopper sees the
/// catalog's products from the database, not an empty shelf; once the index has a commit, the index answers.
/// </summary>
public sealed class ListingSearchTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ms-listing-" + Guid.NewGuid().ToString("N"));
    private readonly CultureIndex _index;
    private readonly PagedCatalog _catalog = new(
        new ListedProduct(Guid.NewGuid(), "HAT", "Beanie", "beanie", "", ["Colour"], [new VariantDetail("HAT-BLK", ["Black"], "Black", 0.1m), new VariantDetail("HAT-RED", ["Red"], "Red", 0.1m)]),
        new ListedProduct(Guid.NewGuid(), "SCARF", "Scarf", "scarf", "", [], []));
    private readonly PricesOfSkus _prices = new("SEK") { ["HAT-BLK"] = 249m, ["HAT-RED"] = 199m, ["SCARF"] = 349m };

    public ListingSearchTests() => _index = new CultureIndex("sv-SE", _folder);

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task BeforeTheIndexIsBuiltTheCategoryListsItsProductsFromTheDatabase()
    {
        var listing = new ListingSearch(new OneIndex(_index), _catalog, _prices);

        var result = await listing.SearchAsync(new SearchRequest(null, "sv-SE") { Category = "knitwear", Page = 2, PageSize = 10 }, "SEK", default);

        Assert.False(result.Indexed);
        Assert.Equal(2, result.Total);
        Assert.Equal(["Beanie", "Scarf"], result.Hits.Select(h => h.Name));
        Assert.Equal("/products/beanie", result.Hits[0].Url);
        Assert.Equal(199m, result.Hits[0].Price!.Value.Amount);
        Assert.Equal("SEK", result.Hits[0].Price!.Value.Currency);
        var asked = Assert.Single(_catalog.Asked);
        Assert.Equal(("knitwear", "sv-SE", 10, 10), (asked.Category, asked.Culture, asked.Skip, asked.Take));
    }

    [Fact]
    public async Task OnceTheIndexHasACommitTheIndexAnswers()
    {
        _index.Commit(1);
        var listing = new ListingSearch(new OneIndex(_index), _catalog, _prices);

        var result = await listing.SearchAsync(new SearchRequest(null, "sv-SE") { Category = "knitwear" }, "SEK", default);

        Assert.True(result.Indexed);
        Assert.Equal(0, result.Total);
        Assert.Empty(_catalog.Asked);
    }

    private sealed class OneIndex(CultureIndex index) : IProductSearch
    {
        public SearchResult Search(SearchRequest request) => ProductSearch.Run(index, request, request.Currency ?? "SEK");
    }

    private sealed class PagedCatalog(params ListedProduct[] products) : IProductCatalog
    {
        public List<CatalogPageQuery> Asked { get; } = [];

        public Task<CatalogPage> PageActiveAsync(CatalogPageQuery query, CancellationToken cancellationToken)
        {
            Asked.Add(query);
            return Task.FromResult(new CatalogPage(products, products.Length));
        }

        public Task<IReadOnlyList<ProductSummary>> ListActiveAsync(string culture, int skip, int take, CancellationToken cancellationToken) => throw Unused();

        public Task<IReadOnlyList<ListedProduct>> ListActiveAsync(IReadOnlyList<Guid> ids, string culture, CancellationToken cancellationToken) => throw Unused();

        public Task<ProductSummary?> FindBySlugAsync(string culture, string slug, CancellationToken cancellationToken) => throw Unused();

        public Task<IReadOnlyDictionary<string, SkuInfo>> FindSkusAsync(IReadOnlyCollection<string> skus, string culture, CancellationToken cancellationToken) => throw Unused();

        public Task<ProductDetail?> GetDetailAsync(string culture, string slug, CancellationToken cancellationToken) => throw Unused();

        public Task<IReadOnlyList<CategoryNode>> ListCategoriesAsync(string culture, CancellationToken cancellationToken) => throw Unused();

        public Task<AttributeLabels> AttributeLabelsAsync(CancellationToken cancellationToken) => throw Unused();

        private static NotSupportedException Unused() => new("A listing pages the catalog only.");
    }
}
