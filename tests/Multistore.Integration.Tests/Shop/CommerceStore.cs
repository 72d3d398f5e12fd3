using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Cart.Services;
using Multistore.Checkout.Services;
using Multistore.Commerce;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Shells;
using Multistore.Tenancy;

namespace Multistore.Integration.Tests.Shop;

/// <summary>
/// A store of its own for one test: catalog, prices in EUR, stock, coupons, the commerce modules and the test
/// payment, shipping and tax providers. Services are called the way the pages and the API call them.
/// </summary>
public sealed class CommerceStore
{
    private const string Recipe = """
        {
          "name": "commerce-test",
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "features", "enable": [ "Multistore.Inventory", "Multistore.Promotions", "Multistore.Cart", "Multistore.Orders", "Multistore.Checkout", "Multistore.Testing.Commerce" ] },
            { "name": "settings", "Checkout": { "Countries": [ "DE", "AT" ], "PricesIncludeTax": true, "ReservationMinutes": 15 } },
            { "name": "catalog", "products": [
              { "sku": "LAMP", "translations": { "de-DE": { "name": "Lampe" } } },
              { "sku": "CHAIR", "translations": { "de-DE": { "name": "Stuhl" } } },
              { "sku": "RARE", "translations": { "de-DE": { "name": "Seltenes Stück" } } }
            ] },
            { "name": "pricelists", "lists": [ { "name": "EUR", "currency": "EUR", "default": true, "prices": [
              { "sku": "LAMP", "amount": 49.90 }, { "sku": "CHAIR", "amount": 120 }, { "sku": "RARE", "amount": 10 } ] } ] },
            { "name": "inventory", "locations": [ { "code": "main", "name": "Lager", "kind": "Warehouse" }, { "code": "berlin", "name": "Berlin Store", "kind": "Store" } ],
              "stock": [ { "sku": "LAMP", "onHand": 100, "lowStock": 5 }, { "sku": "CHAIR", "onHand": 3, "lowStock": 5 }, { "sku": "CHAIR", "location": "berlin", "onHand": 2 }, { "sku": "RARE", "onHand": 10 } ] },
            { "name": "promotions", "coupons": [
              { "code": "TEN", "kind": "Percentage", "value": 10 },
              { "code": "FIVEOFF", "kind": "Fixed", "value": 5, "minimumOrder": 50 },
              { "code": "ONCE", "kind": "Percentage", "value": 20, "perCustomerLimit": 1 },
              { "code": "THREE", "kind": "Fixed", "value": 1, "usageLimit": 3 },
              { "code": "OLD", "kind": "Percentage", "value": 50, "endsUtc": "2020-01-01" },
              { "code": "FUTURE", "kind": "Percentage", "value": 50, "startsUtc": "2099-01-01" }
            ] }
          ]
        }
        """;

    /// <summary>
    /// The shop tests run one class at a time: each hammers its store with 50 concurrent buyers, and on PostgreSQL
    /// every tenant schema has its own connection pool, so classes in parallel would exhaust the server's connections.
    /// </summary>
    public const string Collection = "Shop";

    private CommerceStore(TestTenant tenant) => Tenant = tenant;

    /// <summary>
    /// How many buyers may talk to the database at the same moment. The PostgreSQL test server allows 100
    /// connections for every suite of every branch running on this machine; SQLite has no such limit.
    /// </summary>
    private static readonly SemaphoreSlim DatabaseGate = new(TestDatabase.IsPostgres ? 20 : 50);

    public static MultistoreFactory Factory => MultistoreFactory.Shared;

    public TestTenant Tenant { get; }

    public static Address Berlin { get; } = new() { Name = "Erika Muster", Line1 = "Unter den Linden 1", City = "Berlin", PostalCode = "10117", Country = "DE" };

    /// <summary>The test store; <paramref name="moreSteps"/> (JSON steps, comma-separated) run after its own.</summary>
    public static async Task<CommerceStore> CreateAsync(string? moreSteps = null)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        var recipe = moreSteps is null ? Recipe : Recipe[..Recipe.LastIndexOf(']')] + "," + moreSteps + "]}";
        var tenant = await Factory.CreateTenantFromJsonAsync(recipe, new Dictionary<string, string> { ["SiteName"] = "Testladen", ["Culture"] = "de-DE", ["Currency"] = "EUR" });
        return new CommerceStore(tenant);
    }

    /// <summary>A DI scope of the tenant's running shell, as one request would have.</summary>
    public Task<AsyncServiceScope> ScopeAsync() => Tenant.ScopeAsync();

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        await DatabaseGate.WaitAsync();
        try
        {
            await using var scope = await ScopeAsync();
            return await action(scope.ServiceProvider);
        }
        finally
        {
            DatabaseGate.Release();
        }
    }

    public Task<CartView> CartWithAsync(params (string Sku, int Quantity)[] lines) => WithAsync(async services =>
    {
        var carts = services.GetRequiredService<ICartService>();
        var cart = await carts.CreateAsync(null, Touchpoints.Web, CancellationToken.None);
        foreach (var (sku, quantity) in lines)
        {
            cart = (await carts.AddLineAsync(cart.Id, sku, quantity, Touchpoints.Web, CancellationToken.None))!;
        }

        return cart;
    });

    public static PlaceOrderRequest Checkout(Guid cartId, string key, string email = "erika@example.com", string payment = "test-card") => new()
    {
        CartId = cartId,
        IdempotencyKey = key,
        Email = email,
        ShippingAddress = Berlin,
        ShippingMethod = "standard",
        PaymentMethod = payment,
    };

    public Task<PlaceOrderResult> PlaceAsync(PlaceOrderRequest request) =>
        WithAsync(async services => (await services.GetRequiredService<ICheckoutService>().PlaceOrderAsync(request, CancellationToken.None))!);
}
