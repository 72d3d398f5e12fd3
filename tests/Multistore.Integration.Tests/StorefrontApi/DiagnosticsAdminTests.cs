using System.Net;
using Multistore.Hosting;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.StorefrontApi;

public sealed class DiagnosticsAdminTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    private const string Recipe = """
        {
          "name": "api-admin",
          "parameters": [ { "name": "AdminEmail" }, { "name": "AdminPassword" }, { "name": "SiteName" } ],
          "steps": [
            { "name": "features", "enable": [ "Multistore.Catalog", "Multistore.Pricing", "Multistore.Users", "Multistore.Admin", "Multistore.StorefrontApi",
              "Multistore.Inventory", "Multistore.Promotions", "Multistore.Cart", "Multistore.Orders", "Multistore.Checkout", "Multistore.Testing.Commerce" ] },
            { "name": "settings", "Site": { "SiteName": "${SiteName}", "DefaultCulture": "de-DE", "Currency": "EUR" }, "Checkout": { "Countries": [ "DE" ] } },
            { "name": "catalog", "products": [ { "sku": "LAMP", "translations": { "de-DE": { "name": "Lampe" } } } ] },
            { "name": "pricelists", "lists": [ { "name": "EUR", "currency": "EUR", "default": true, "prices": [ { "sku": "LAMP", "amount": 12.34 } ] } ] },
            { "name": "inventory", "locations": [ { "code": "main", "name": "Lager", "kind": "Warehouse" } ], "stock": [ { "sku": "LAMP", "onHand": 50 } ] },
            { "name": "users", "users": [
              { "email": "${AdminEmail}", "password": "${AdminPassword}", "roles": [ "Administrator" ] },
              { "email": "orders@example.com", "password": "${AdminPassword}", "roles": [ "OrderManager" ] },
              { "email": "editor@example.com", "password": "${AdminPassword}", "roles": [ "Editor" ] } ] }
          ]
        }
        """;

    [Fact]
    public async Task RecentErrorsPageListsTheStoresErrorsForAdministratorsOnly()
    {
        var store = await Factory.CreateTenantFromJsonAsync(Recipe, AdminSession.Parameters("owner@example.com"));
        var other = await Factory.CreateTenantFromJsonAsync(Recipe, AdminSession.Parameters("owner@example.com"));
        var errors = Factory.Service<RecentErrors>();
        errors.Add(store.Name, new RecentError(DateTimeOffset.UtcNow, "Checkout", "Tax provider timed out", "System.TimeoutException: slow", "kiosk", "req-42", "trace-1", "/api/storefront/v1/carts/1/checkout"));
        errors.Add(other.Name, new RecentError(DateTimeOffset.UtcNow, "Checkout", "Another store's secret failure", null, "web", "req-99", null, "/cart"));

        var owner = new AdminSession(store);
        await owner.SignInAsync("owner@example.com");
        var page = await owner.Client.GetAsync("admin/diagnostics/errors");
        var html = await page.Content.ReadAsStringAsync();
        var kioskOnly = await HtmlPage.GetAsync(owner.Client, "admin/diagnostics/errors?Touchpoint=web");
        var listed = HtmlPage.Parse(html).Text("table.list tbody");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        foreach (var expected in new[] { "Tax provider timed out", "req-42", "kiosk", "/api/storefront/v1/carts/1/checkout", "System.TimeoutException" })
        {
            Assert.Contains(expected, listed, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Another store", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Tax provider timed out", kioskOnly.Text(), StringComparison.Ordinal);

        var manager = new AdminSession(store);
        await manager.SignInAsync("orders@example.com");
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Client.GetAsync("admin/diagnostics/errors")).StatusCode);
        var anonymous = await store.CreateClient(followRedirects: false).GetAsync("admin/diagnostics/errors");
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
    }

    [Fact]
    public async Task TouchpointReportSplitsCartsOrdersAndRevenueForOrderManagersNotEditors()
    {
        var store = await Factory.CreateTenantFromJsonAsync(Recipe, AdminSession.Parameters("owner@example.com"));
        var kiosk = store.CreateClient();
        kiosk.DefaultRequestHeaders.Add("X-Touchpoint", "kiosk");
        await CustomerStore.BuyAsync(kiosk, "kiosk-1");
        var app = store.CreateClient();
        app.DefaultRequestHeaders.Add("X-Touchpoint", "app");
        await app.PostAsync("/api/storefront/v1/carts", null);

        var manager = new AdminSession(store);
        await manager.SignInAsync("orders@example.com");
        var page = await manager.Client.GetAsync("admin/reports/touchpoints?Days=7");
        var report = await HtmlPage.ParseAsync(page);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var kioskRow = CellsAfter(report, "Kiosk");
        Assert.Contains("1", kioskRow);
        Assert.Contains(kioskRow, cell => cell.Contains("100", StringComparison.Ordinal));
        var appRow = CellsAfter(report, "App");
        Assert.Contains(" 1 0 ", " " + string.Join(' ', appRow) + " ", StringComparison.Ordinal);

        var editor = new AdminSession(store);
        await editor.SignInAsync("editor@example.com");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Client.GetAsync("admin/reports/touchpoints")).StatusCode);
    }

    /// <summary>The texts of the report's cells from the one reading <paramref name="touchpoint"/> to the end of its row.</summary>
    private static List<string> CellsAfter(HtmlPage report, string touchpoint) =>
        [.. report.All("tr").Select(row => row.QuerySelectorAll("td").Select(HtmlPage.Visible).ToList())
            .First(cells => cells.Contains(touchpoint)).SkipWhile(cell => cell != touchpoint)];
}
