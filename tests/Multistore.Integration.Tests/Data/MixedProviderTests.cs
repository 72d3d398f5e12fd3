using System.Net;
using Multistore.Integration.Tests.Catalog;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Recipes;
using Multistore.Setup;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;

namespace Multistore.Integration.Tests.Data;

/// <summary>
/// One host with a store on SQLite and a store on PostgreSQL, served side by side in both test legs: whatever
/// provider ran a query first, every store's pages and API answer.
/// </summary>
public sealed class MixedProviderTests : IDisposable
{
    private static readonly string[] Paths =
    [
        "", "products/winterparka", "categories/kleidung", "cart", "search?q=parka",
        "api/storefront/v1/products", "api/storefront/v1/health",
    ];

    // The catalog test store with a cart and the app API, so every priced door is visited.
    private static readonly string Recipe = CatalogRecipes.German.Replace(
        "\"enable\": [ \"Multistore.Search\" ]", "\"enable\": [ \"Multistore.Search\", \"Multistore.Checkout\", \"Multistore.StorefrontApi\" ]", StringComparison.Ordinal);

    private readonly string _postgres = TestDatabase.CreatePostgresDatabase();
    private readonly MultistoreFactory _factory;

    public MixedProviderTests()
    {
        _factory = new MultistoreFactory(new Dictionary<string, string?>
        {
            ["Multistore:TenantDatabase:Provider"] = "Postgres",
            ["Multistore:TenantDatabase:ConnectionString"] = _postgres,
            ["Multistore:TenantDatabase:SchemaPerTenant"] = "true",
        });
    }

    public void Dispose()
    {
        _factory.Dispose();
        TestDatabase.DropPostgresDatabase(_postgres);
    }

    [Fact]
    public async Task StoresOnSqliteAndPostgresServeTheirPagesSideBySide()
    {
        var sqlite = await CreateAsync(DatabaseProvider.Sqlite);
        var postgres = await CreateAsync(DatabaseProvider.Postgres);

        // Each store twice, interleaved: the first provider to run a query must not own it.
        foreach (var store in new[] { sqlite, postgres, sqlite, postgres })
        {
            var client = store.CreateClient();
            foreach (var path in Paths)
            {
                var response = await client.GetAsync(path);
                Assert.True(response.StatusCode == HttpStatusCode.OK,
                    $"{store.Name} ({(store == sqlite ? "SQLite" : "PostgreSQL")}) /{path} answered {(int)response.StatusCode}");
            }
        }
    }

    private async Task<TestTenant> CreateAsync(DatabaseProvider provider)
    {
        var name = TestTenant.NewName();
        var request = new TenantRequest { Name = name, Hosts = [$"{name}.test"], DatabaseProvider = provider };
        var tenant = (await _factory.Service<TenantCreationService>().CreateAndSetupAsync(
            request, RecipeReader.Read(Recipe, "mixed.recipe.json"), new Dictionary<string, string>(), null, CancellationToken.None)).Tenant;
        Assert.Equal(provider, tenant.DatabaseProvider);
        return new TestTenant(_factory, name, $"{name}.test", null);
    }
}
