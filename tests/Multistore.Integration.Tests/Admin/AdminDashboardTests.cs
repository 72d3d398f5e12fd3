using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Multistore.Commerce;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Admin;

/// <summary>
/// The store dashboard on a clock the test moves: orders placed on chosen days through web, app and kiosk, read back
/// as the merchant sees them, in euros formatted for de-DE and days of Europe/Berlin.
/// </summary>
public sealed class AdminDashboardTests : IDisposable
{
    // 10:00 in Berlin (UTC+1 until the end of March): "today" began at 2026-03-19 23:00 UTC.
    private static readonly DateTimeOffset Now = new(2026, 3, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 2, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly MultistoreFactory _factory;

    public AdminDashboardTests()
    {
        _factory = new MultistoreFactory { HostServices = services => services.AddSingleton<TimeProvider>(_clock) };
    }

    public void Dispose() => _factory.Dispose();

    public const string Recipe = """
        {
          "name": "dashboard",
          "parameters": [ { "name": "AdminEmail" }, { "name": "AdminPassword" }, { "name": "SiteName" } ],
          "steps": [
            { "name": "features", "enable": [ "Multistore.Catalog", "Multistore.Pricing", "Multistore.Users", "Multistore.Admin", "Multistore.StorefrontApi",
              "Multistore.Inventory", "Multistore.Promotions", "Multistore.Cart", "Multistore.Orders", "Multistore.Checkout", "Multistore.Testing.Commerce" ] },
            { "name": "settings", "Site": { "SiteName": "${SiteName}", "DefaultCulture": "de-DE", "Currency": "EUR", "TimeZone": "Europe/Berlin" }, "Checkout": { "Countries": [ "DE" ] } },
            { "name": "catalog", "products": [
              { "sku": "LAMP", "translations": { "de-DE": { "name": "Lampe" } } },
              { "sku": "BULB", "translations": { "de-DE": { "name": "Glühbirne" } } },
              { "sku": "SHADE", "translations": { "de-DE": { "name": "Schirm" } } } ] },
            { "name": "pricelists", "lists": [ { "name": "EUR", "currency": "EUR", "default": true, "prices": [
              { "sku": "LAMP", "amount": 12.34 }, { "sku": "BULB", "amount": 2.50 }, { "sku": "SHADE", "amount": 20.00 } ] } ] },
            { "name": "inventory", "locations": [ { "code": "main", "name": "Lager", "kind": "Warehouse" } ], "stock": [
              { "sku": "LAMP", "onHand": 50 }, { "sku": "BULB", "onHand": 100, "lowStock": 10 }, { "sku": "SHADE", "onHand": 2, "lowStock": 3 } ] },
            { "name": "users", "users": [
              { "email": "${AdminEmail}", "password": "${AdminPassword}", "roles": [ "Administrator" ] },
              { "email": "editor@example.com", "password": "${AdminPassword}", "roles": [ "Editor" ] } ] }
          ]
        }
        """;

    [Fact]
    public async Task DashboardShowsTodaySevenAndThirtyDaysTopProductsLowStockAndWaitingOrdersOfThisStoreOnly()
    {
        var store = await _factory.CreateTenantFromJsonAsync(Recipe, AdminSession.Parameters("owner@example.com", "Dashboard Shop"));
        var other = await _factory.CreateTenantFromJsonAsync(Recipe, AdminSession.Parameters("owner@example.com", "Other Shop"));

        await BuyAtAsync(store, new(2026, 2, 5, 12, 0, 0, TimeSpan.Zero), "web", ("LAMP", 1), "test-card");                // 43 days ago: in no period
        var app = await BuyAtAsync(store, new(2026, 2, 28, 12, 0, 0, TimeSpan.Zero), "app", ("BULB", 2), "test-card");     // 30 days only
        var kiosk = await BuyAtAsync(store, new(2026, 3, 14, 8, 0, 0, TimeSpan.Zero), "kiosk", ("LAMP", 1), "test-card");  // 14 March in Berlin: 7 days
        var lateYesterday = await BuyAtAsync(store, new(2026, 3, 19, 22, 30, 0, TimeSpan.Zero), "web", ("LAMP", 1), "test-transfer"); // 23:30 on the 19th in Berlin
        var afterMidnight = await BuyAtAsync(store, new(2026, 3, 19, 23, 30, 0, TimeSpan.Zero), "web", ("BULB", 3), "test-card");     // 00:30 on the 20th in Berlin: today
        var morning = await BuyAtAsync(store, new(2026, 3, 20, 8, 0, 0, TimeSpan.Zero), "kiosk", ("LAMP", 1), "test-card");
        await BuyAtAsync(other, new(2026, 3, 20, 8, 30, 0, TimeSpan.Zero), "web", ("LAMP", 5), "test-card");              // another store's sale today
        _clock.SetUtcNow(Now);

        var owner = new AdminSession(store);
        await owner.SignInAsync("owner@example.com");
        var response = await owner.Client.GetAsync("admin");
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertPeriod(page, "sales-today", "Today", afterMidnight + morning, 2);
        AssertPeriod(page, "sales-7-days", "Last 7 days", kiosk + lateYesterday + afterMidnight + morning, 4);
        AssertPeriod(page, "sales-30-days", "Last 30 days", app + kiosk + lateYesterday + afterMidnight + morning, 5);

        var touchpoints = Rows(page, "#sales-by-touchpoint");
        Assert.Equal(["2", Euro(lateYesterday + afterMidnight)], touchpoints["Web"][..2]);
        Assert.Equal(["1", Euro(app)], touchpoints["App"][..2]);
        Assert.Equal(["2", Euro(kiosk + morning)], touchpoints["Kiosk"][..2]);

        Assert.Contains("Revenue per day by touchpoint", page.Text("svg.sales-chart title#sales-chart-title"), StringComparison.Ordinal);
        Assert.StartsWith("5 orders for " + Euro(app + kiosk + lateYesterday + afterMidnight + morning), page.Text("svg.sales-chart desc"), StringComparison.Ordinal);
        Assert.Equal(30, page.All("#sales-per-day tbody tr").Count);
        Assert.Equal(["2", Euro(afterMidnight + morning)], page.All("#sales-per-day tbody tr")[0].QuerySelectorAll("td").Select(HtmlPage.Visible).TakeLast(2));
        Assert.Equal(["1", Euro(lateYesterday)], page.All("#sales-per-day tbody tr")[1].QuerySelectorAll("td").Select(HtmlPage.Visible).TakeLast(2));

        var byUnits = Rows(page, "#top-by-units");
        Assert.Equal("Glühbirne BULB", byUnits.Keys.First());
        Assert.Equal(["5", Euro(12.50m)], byUnits["Glühbirne BULB"]);
        var byRevenue = Rows(page, "#top-by-revenue");
        Assert.Equal("Lampe LAMP", byRevenue.Keys.First());
        Assert.Equal(["3", Euro(37.02m)], byRevenue["Lampe LAMP"]);

        var lowStock = Rows(page, "#low-stock");
        Assert.Equal(["SHADE"], lowStock.Keys);
        Assert.Equal(["2", "3", "Low"], lowStock["SHADE"]);

        var waiting = Rows(page, "#waiting-orders");
        Assert.Equal(["5"], waiting["Paid, to ship"]);
        Assert.Equal(["1"], waiting["Payment pending"]);
        Assert.Equal(["0"], waiting["Offline payment to confirm"]);
        Assert.Equal(["0"], waiting["Processing, to ship"]);
        Assert.EndsWith("/admin/orders?status=Paid", page.Link("Paid, to ship"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditorSeesStockButNoSalesFigures()
    {
        var store = await _factory.CreateTenantFromJsonAsync(Recipe, AdminSession.Parameters("owner@example.com", "Editor Shop"));
        var editor = new AdminSession(store);
        await editor.SignInAsync("editor@example.com");

        var page = await HtmlPage.GetAsync(editor.Client, "admin");

        Assert.Equal("Dashboard", page.Heading());
        Assert.False(page.Has("#sales-today"));
        Assert.False(page.Has("#waiting-orders"));
        Assert.Equal(["SHADE"], Rows(page, "#low-stock").Keys);
    }

    private static void AssertPeriod(HtmlPage page, string id, string title, decimal revenue, int orders)
    {
        Assert.Equal(title, page.Text($"#{id} h3"));
        Assert.Equal(Euro(revenue), page.Text($"#{id} .figure"));
        var figures = page.Definitions($"#{id} dl");
        Assert.Equal(orders.ToString(German), figures["Orders"]);
        Assert.Equal(Euro(revenue / orders), figures["Average order"]);
    }

    /// <summary>A table's rows by the text of their header cell, each with its other cells' texts.</summary>
    private static Dictionary<string, string[]> Rows(HtmlPage page, string table) =>
        page.All($"{table} tbody tr").ToDictionary(
            row => HtmlPage.Visible(row.QuerySelector("th")!),
            row => row.QuerySelectorAll("td").Select(HtmlPage.Visible).ToArray());

    private static string Euro(decimal amount) => Currency.Format(amount, "EUR", German);

    /// <summary>Places an order at <paramref name="at"/> through <paramref name="touchpoint"/>; returns its total.</summary>
    private async Task<decimal> BuyAtAsync(TestTenant store, DateTimeOffset at, string touchpoint, (string Sku, int Quantity) line, string payment)
    {
        _clock.SetUtcNow(at);
        var client = store.CreateClient();
        client.DefaultRequestHeaders.Add(Touchpoints.HeaderName, touchpoint);
        var cart = await (await client.PostAsync("/api/storefront/v1/carts", null)).Content.ReadFromJsonAsync<JsonElement>();
        var cartId = cart.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/storefront/v1/carts/{cartId}/lines", new { sku = line.Sku, quantity = line.Quantity })).StatusCode);
        var shipping = await client.GetFromJsonAsync<JsonElement>($"/api/storefront/v1/carts/{cartId}/shipping-methods?country=DE");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/storefront/v1/carts/{cartId}/checkout")
        {
            Content = JsonContent.Create(new
            {
                email = "buyer@example.com",
                shippingAddress = new { name = "Erika Muster", line1 = "Unter den Linden 1", city = "Berlin", postalCode = "10117", country = "DE" },
                shippingMethod = shipping[0].GetProperty("code").GetString(),
                paymentMethod = payment,
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        var placed = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        return (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetProperty("amount").GetDecimal();
    }
}
