using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Shells;
using Multistore.Tenancy;
using Multistore.Tenants;
using Multistore.Tenants.Services;

namespace Multistore.Integration.Tests.Tenants;

/// <summary>
/// The usage page's per-store figures beyond requests, as the host's operator reads them on the page, in
/// <c>GET /api/usage</c> and in <c>/metrics</c>: the page cache's hit rate (a store whose shoppers ask for the same page
/// is served from the cache, one whose every request differs is not), orders in the last hour (two placed, one checkout
/// retried with the same key, in one store; none in the other; gone from the hour an hour later, still in the day), and
/// the estimated memory of a running shell (none on the page, 0 in /metrics, once the shell is released). On a host of its own, on a clock the test
/// moves.
/// </summary>
public sealed class StoreShareTests : IAsyncLifetime
{
    private const int PageRequests = 5;

    private const string Recipe = """
        {
          "name": "usage-shop",
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "features", "enable": [ "Multistore.StorefrontApi", "Multistore.Inventory", "Multistore.Promotions", "Multistore.Cart", "Multistore.Orders", "Multistore.Checkout", "Multistore.Testing.Commerce" ] },
            { "name": "settings", "Checkout": { "Countries": [ "DE" ], "PricesIncludeTax": true, "ReservationMinutes": 15 } },
            { "name": "catalog", "products": [ { "sku": "LAMP", "translations": { "de-DE": { "name": "Lampe", "slug": "lampe" } } } ] },
            { "name": "pricelists", "lists": [ { "name": "EUR", "currency": "EUR", "default": true, "prices": [ { "sku": "LAMP", "amount": 12.34 } ] } ] },
            { "name": "inventory", "locations": [ { "code": "main", "name": "Lager", "kind": "Warehouse" } ], "stock": [ { "sku": "LAMP", "onHand": 100 } ] }
          ]
        }
        """;

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private MultistoreFactory _host = null!;

    public Task InitializeAsync()
    {
        // A host of its own: the shared SaaS host's usage page lists every other test's stores too.
        _host = new MultistoreFactory(SaasHost.Declaring(SaasHost.HostName)) { HostServices = services => services.AddSingleton<TimeProvider>(_clock) };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TheUsagePageShowsEachStoresCacheHitRateOrdersInTheLastHourAndEstimatedShellMemory()
    {
        await SaasHost.WaitForAsync(_host, TenantSettings.DefaultName, TenantState.Running, seconds: 180);
        var parameters = new Dictionary<string, string> { ["SiteName"] = "Usage Shop", ["Culture"] = "de-DE", ["Currency"] = "EUR" };
        var selling = await _host.CreateTenantFromJsonAsync(Recipe, parameters);
        var browsing = await _host.CreateTenantFromJsonAsync(Recipe, parameters);

        // The same page again and again: rendered once, then answered from the cache. Every request a page of its own
        // (the cache varies by query): rendered every time.
        var sellingShopper = selling.CreateClient();
        var browsingShopper = browsing.CreateClient();
        for (var i = 0; i < PageRequests; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await sellingShopper.GetAsync("products/lampe")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await browsingShopper.GetAsync($"products/lampe?visit={i}")).StatusCode);
        }

        var app = selling.CreateClient();
        var firstCart = await CartAsync(app);
        var first = await CheckoutAsync(app, firstCart, "order-1");
        var retried = await CheckoutAsync(app, firstCart, "order-1");
        var second = await CheckoutAsync(app, await CartAsync(app), "order-2");
        Assert.Equal(first, retried);
        Assert.NotEqual(first, second);

        var key = await IssueKeyAsync(TenantsPermissions.MetricsView);
        var stores = await UsageAsync(key);
        var sellingRow = stores[selling.Name];
        var browsingRow = stores[browsing.Name];
        Assert.Equal(PageRequests - 1, sellingRow.GetProperty("lastHour").GetProperty("cachedPages").GetInt64());
        Assert.Equal(1, sellingRow.GetProperty("lastHour").GetProperty("renderedPages").GetInt64());
        Assert.Equal(0, browsingRow.GetProperty("lastHour").GetProperty("cachedPages").GetInt64());
        Assert.Equal(PageRequests, browsingRow.GetProperty("lastHour").GetProperty("renderedPages").GetInt64());
        Assert.True(sellingRow.GetProperty("lastHour").GetProperty("cacheHitRate").GetDouble()
            > browsingRow.GetProperty("lastHour").GetProperty("cacheHitRate").GetDouble(), sellingRow.ToString());
        Assert.Equal(2, sellingRow.GetProperty("lastHour").GetProperty("orders").GetInt64());
        Assert.Equal(2, sellingRow.GetProperty("lastDay").GetProperty("series")[23].GetProperty("orders").GetInt64());
        Assert.Equal(0, browsingRow.GetProperty("lastHour").GetProperty("orders").GetInt64());
        Assert.True(sellingRow.GetProperty("shellMemoryEstimatedBytes").GetInt64() > 0, sellingRow.ToString());
        Assert.True(browsingRow.GetProperty("shellMemoryEstimatedBytes").GetInt64() > 0, browsingRow.ToString());

        var metrics = await MetricsAsync(key);
        Assert.Equal(2, Value(metrics, "multistore_store_orders_last_hour", selling.Name));
        Assert.Equal(0, Value(metrics, "multistore_store_orders_last_hour", browsing.Name));
        Assert.Equal((PageRequests - 1) / (double)PageRequests, Value(metrics, "multistore_store_page_cache_hit_ratio", selling.Name), 6);
        Assert.Equal(0, Value(metrics, "multistore_store_page_cache_hit_ratio", browsing.Name));
        Assert.True(Value(metrics, "multistore_store_shell_memory_estimated_bytes", browsing.Name) > 0);

        // The browsing store's shell is released (a change, or idleness): its memory is given back, and shown as none.
        _host.Service<ShellHost>().Release(browsing.Name);
        var admin = await HostAdminSession.SignInAsync(_host);
        var page = await HtmlPage.GetAsync(admin.Client, "admin/tenants/usage?sort=orders");
        var byCache = await HtmlPage.GetAsync(admin.Client, "admin/tenants/usage?sort=cache");
        var byMemory = await HtmlPage.GetAsync(admin.Client, "admin/tenants/usage?sort=memory");
        var released = (await UsageAsync(key))[browsing.Name];
        // The exporter answers a scrape from its last one for a moment (300 ms): poll until the release shows.
        var metricsAfterRelease = await MetricsWhenAsync(key, lines => Find(lines, "multistore_store_shell_memory_estimated_bytes", browsing.Name) == 0);

        Assert.Equal("Orders (hour)", page.Text("th[aria-sort=descending]"));
        var rows = page.All("#usage tbody tr");
        var sellingCells = Assert.Single(rows, r => r.GetAttribute("data-store") == selling.Name);
        var browsingCells = Assert.Single(rows, r => r.GetAttribute("data-store") == browsing.Name);
        Assert.Equal(selling.Name, rows[0].GetAttribute("data-store"));
        Assert.Equal("2", FirstWord(sellingCells, "orders"));
        Assert.Equal("0", FirstWord(browsingCells, "orders"));
        Assert.Equal("80%", FirstWord(sellingCells, "cache"));
        Assert.Equal("0%", FirstWord(browsingCells, "cache"));
        Assert.StartsWith("≈", sellingCells.QuerySelector("[data-column=memory]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("—", browsingCells.QuerySelector("[data-column=memory]")!.TextContent.Trim());
        Assert.Equal("Cache hits", byCache.Text("th[aria-sort=descending]"));
        Assert.Equal(selling.Name, byCache.All("#usage tbody tr")[0].GetAttribute("data-store"));
        Assert.Equal("Shell memory (estimated)", byMemory.Text("th[aria-sort=descending]"));
        // Ranked by memory, a running store comes before a released one (the host's own Default store may be above both).
        var byMemoryOrder = byMemory.All("#usage tbody tr").Select(r => r.GetAttribute("data-store")).ToList();
        Assert.True(byMemoryOrder.IndexOf(selling.Name) < byMemoryOrder.IndexOf(browsing.Name), string.Join(", ", byMemoryOrder));
        Assert.Equal(JsonValueKind.Null, released.GetProperty("shellMemoryEstimatedBytes").ValueKind);
        Assert.Equal(0, Value(metricsAfterRelease, "multistore_store_shell_memory_estimated_bytes", browsing.Name));
        Assert.True(Value(metricsAfterRelease, "multistore_store_shell_memory_estimated_bytes", selling.Name) > 0);

        // An hour later the orders have left the last hour; the day still holds them.
        _clock.Advance(TimeSpan.FromMinutes(61));
        var later = (await UsageAsync(key))[selling.Name];
        Assert.Equal(0, later.GetProperty("lastHour").GetProperty("orders").GetInt64());
        Assert.Equal(2, later.GetProperty("lastDay").GetProperty("orders").GetInt64());
        Assert.Equal(0, Value(await MetricsWhenAsync(key, lines => Find(lines, "multistore_store_orders_last_hour", selling.Name) == 0),
            "multistore_store_orders_last_hour", selling.Name));
    }

    /// <summary>An app's cart through the Storefront API, with a lamp in it, and the first way to ship it.</summary>
    private static async Task<(Guid Id, string Shipping)> CartAsync(HttpClient app)
    {
        var created = await app.PostAsync("/api/storefront/v1/carts", null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var cartId = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await app.PostAsJsonAsync($"/api/storefront/v1/carts/{cartId}/lines", new { sku = "LAMP", quantity = 1 })).StatusCode);
        using var shipping = JsonDocument.Parse(await app.GetStringAsync($"/api/storefront/v1/carts/{cartId}/shipping-methods?country=DE"));
        return (cartId, shipping.RootElement[0].GetProperty("code").GetString()!);
    }

    /// <summary>The app's checkout of the cart, paid by bank transfer; answers the order's number.</summary>
    private static async Task<string> CheckoutAsync(HttpClient app, (Guid Id, string Shipping) cart, string idempotencyKey)
    {
        using var checkout = new HttpRequestMessage(HttpMethod.Post, $"/api/storefront/v1/carts/{cart.Id}/checkout")
        {
            Content = JsonContent.Create(new
            {
                email = "shopper@example.com",
                shippingAddress = new { name = "Erika Muster", line1 = "Unter den Linden 1", city = "Berlin", postalCode = "10117", country = "DE" },
                shippingMethod = cart.Shipping,
                paymentMethod = "test-transfer",
            }),
        };
        checkout.Headers.Add("Idempotency-Key", idempotencyKey);
        var placed = await app.SendAsync(checkout);
        Assert.True(placed.IsSuccessStatusCode, await placed.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await placed.Content.ReadAsStringAsync()).RootElement.GetProperty("number").GetString()!;
    }

    private static string FirstWord(AngleSharp.Dom.IElement row, string column) =>
        row.QuerySelector($"[data-column={column}]")!.TextContent.Trim().Split(' ')[0];

    private async Task<Dictionary<string, JsonElement>> UsageAsync(string key)
    {
        var response = await Client(key).GetAsync("api/usage");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray()
            .ToDictionary(s => s.GetProperty("store").GetString()!, s => s, StringComparer.Ordinal);
    }

    private async Task<string[]> MetricsAsync(string key)
    {
        var response = await Client(key).GetAsync("metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync()).Split('\n');
    }

    /// <summary>Scrapes until <paramref name="shows"/> holds or a generous deadline passes; answers the last scrape.</summary>
    private async Task<string[]> MetricsWhenAsync(string key, Func<string[], bool> shows)
    {
        var lines = await MetricsAsync(key);
        for (var tries = 0; tries < 300 && !shows(lines); tries++)
        {
            await Task.Delay(100);
            lines = await MetricsAsync(key);
        }

        return lines;
    }

    private static double Value(string[] lines, string metric, string store) =>
        Find(lines, metric, store) ?? throw new Xunit.Sdk.XunitException($"No {metric} for {store} in:\n{lines.Length} lines\n{string.Join('\n', lines.Where(l => l.Contains("multistore_", StringComparison.Ordinal) && !l.Contains("http_", StringComparison.Ordinal)))}");

    /// <summary>The value of the store's sample of a metric in Prometheus' text format (<c>name{labels} value [timestamp]</c>).</summary>
    private static double? Find(string[] lines, string metric, string store)
    {
        var line = lines.FirstOrDefault(l => l.StartsWith(metric + "{", StringComparison.Ordinal)
            && l.Contains($"multistore_tenant=\"{store}\"", StringComparison.Ordinal));
        return line is null ? null : double.Parse(line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private async Task<string> IssueKeyAsync(params string[] permissions)
    {
        var shell = await _host.Service<ShellHost>().GetAsync(_host.Service<TenantRegistry>().Find(TenantSettings.DefaultName)!);
        await using var scope = shell.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ApiKeyService>().IssueAsync("usage", permissions, CancellationToken.None)).Secret;
    }

    private HttpClient Client(string key)
    {
        var client = _host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{SaasHost.HostName}/") });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}
