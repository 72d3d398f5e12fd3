using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Admin.Permissions;
using Multistore.Commerce;
using Multistore.Integration.Tests.Feeds;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Inventory.Services;

namespace Multistore.Integration.Tests.Shop;

/// <summary>
/// A SKU the store sells on backorder can be bought at zero stock on the web and through the API, and every touchpoint
/// says so with its ship date; a sold-out SKU without backorder is still refused, naming it, whatever the request claims.
/// </summary>
[Collection(CommerceStore.Collection)]
public sealed class BackorderTests
{
    [Fact]
    public async Task WebShopperBuysABackorderedVariantAndEveryPageSaysWhenItShips()
    {
        var store = await BackorderStore.CreateAsync();
        var shopper = new ShopperSession(store);

        var product = await HtmlPage.GetAsync(shopper.Client, "products/muetze");
        var red = product.One("select[name=sku] option[value=HAT-RED]");
        var blue = product.One("select[name=sku] option[value=HAT-BLUE]");
        var (cartStatus, cartHtml) = await shopper.CartAsync(new() { ["sku"] = "HAT-RED", ["quantity"] = "2" });
        var cart = HtmlPage.Parse(cartHtml);
        var (placedStatus, placedHtml) = await shopper.CheckoutAsync(BackorderStore.Berlin, "dhl", "bank-transfer", "place");
        var placed = HtmlPage.Parse(placedHtml);

        Assert.Equal("Lieferbar auf Rückstand — Versand bis 15.01.2027", product.Text(".product [data-backorder]"));
        Assert.Contains("Lieferbar auf Rückstand — Versand bis 15.01.2027", red.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Rückstand", blue.TextContent, StringComparison.Ordinal);
        Assert.Contains("https://schema.org/BackOrder", product.Document.QuerySelector("script[type='application/ld+json']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, cartStatus);
        Assert.Equal("Lieferbar auf Rückstand — Versand bis 15.01.2027", cart.Text(".cart-lines [data-backorder]"));
        Assert.True(placedStatus == HttpStatusCode.OK && placed.Has("section.order"), $"Placing the order failed: {string.Join(" ", placed.Errors())}");
        Assert.Equal("2 auf Rückstand", placed.Text(".order-lines [data-backordered]"));

        var number = placed.Heading().Split(' ')[^1];
        var admin = await BackorderStore.StaffAsync(store, RoleNames.OrderManager);
        var order = await HtmlPage.GetAsync(admin.Client, $"admin/orders/{number}");
        Assert.Equal("2 on backorder", order.Text("[data-backordered]"));
        var stock = await StockAsync(store, "HAT-RED");
        Assert.Equal(StockStatus.Backorder, stock.Status);
        Assert.Equal(0, stock.Available);
    }

    [Fact]
    public async Task AppSeesBackorderWithItsDateAndBuysIt()
    {
        var store = await BackorderStore.CreateAsync();
        var client = BackorderStore.Api(store);

        var variants = await BackorderStore.VariantsAsync(client, "muetze");
        var (cart, added) = await BackorderStore.ApiCartAsync(client, new { sku = "HAT-RED", quantity = 3 });
        var line = (await BackorderStore.JsonAsync(added, HttpStatusCode.OK)).GetProperty("lines")[0];
        var placed = await BackorderStore.JsonAsync(await BackorderStore.ApiCheckoutAsync(client, cart, "backorder-1"), HttpStatusCode.Created);
        using var read = new HttpRequestMessage(HttpMethod.Get, $"/api/storefront/v1/orders/{placed.GetProperty("number").GetString()}");
        read.Headers.Add("X-Order-Token", placed.GetProperty("orderToken").GetString());
        var order = await BackorderStore.JsonAsync(await client.SendAsync(read), HttpStatusCode.OK);

        Assert.Equal("backorder", variants["HAT-RED"].GetProperty("stock").GetProperty("status").GetString());
        Assert.Equal(BackorderStore.RestockDate, variants["HAT-RED"].GetProperty("stock").GetProperty("restockDate").GetString());
        Assert.True(variants["HAT-RED"].GetProperty("available").GetBoolean());
        Assert.Equal("out-of-stock", variants["HAT-BLUE"].GetProperty("stock").GetProperty("status").GetString());
        Assert.False(variants["HAT-BLUE"].GetProperty("stock").TryGetProperty("restockDate", out _));
        Assert.False(variants["HAT-BLUE"].GetProperty("available").GetBoolean());
        Assert.Equal(3, line.GetProperty("quantity").GetInt32());
        Assert.Equal(3, line.GetProperty("backordered").GetInt32());
        Assert.Equal(BackorderStore.RestockDate, line.GetProperty("restockDate").GetString());
        Assert.Equal(3, order.GetProperty("lines")[0].GetProperty("backordered").GetInt32());
    }

    [Fact]
    public async Task ASoldOutSkuWithoutBackorderIsRefusedNamingItEvenWithAForgedBackorderField()
    {
        var store = await BackorderStore.CreateAsync();
        var client = BackorderStore.Api(store);
        var shopper = new ShopperSession(store);

        var (_, added) = await BackorderStore.ApiCartAsync(client, new { sku = "HAT-BLUE", quantity = 1, backorder = true, allowBackorder = true, restockDate = "2027-01-01" });
        var apiCart = await BackorderStore.JsonAsync(added, HttpStatusCode.OK);
        var (_, webHtml) = await shopper.CartAsync(new() { ["sku"] = "HAT-BLUE", ["quantity"] = "1", ["backorder"] = "true", ["Backorder"] = "true" });
        var web = HtmlPage.Parse(webHtml);
        var held = await WithAsync(store, s => s.GetRequiredService<IStockReservations>()
            .ReserveAsync("forged", [new ReservationRequest("HAT-BLUE", 1)], DateTime.UtcNow.AddMinutes(5), CancellationToken.None));

        Assert.Equal(0, apiCart.GetProperty("lines").GetArrayLength());
        var message = Assert.Single(apiCart.GetProperty("messages").EnumerateArray());
        Assert.Equal("out-of-stock", message.GetProperty("code").GetString());
        Assert.Equal("HAT-BLUE", message.GetProperty("sku").GetString());
        Assert.False(web.Has(".cart-lines [data-backorder]"));
        Assert.Contains(web.Notices(), n => n.Contains("Mütze", StringComparison.Ordinal));
        Assert.False(held.IsReserved);
        Assert.Equal("HAT-BLUE", Assert.Single(held.Shortages).Sku);
        Assert.Equal(StockStatus.OutOfStock, (await StockAsync(store, "HAT-BLUE")).Status);
    }

    [Fact]
    public async Task ACheckoutOfASkuThatStoppedBeingBackorderedIsRefusedNamingIt()
    {
        var store = await BackorderStore.CreateAsync();
        var client = BackorderStore.Api(store);
        var (cart, added) = await BackorderStore.ApiCartAsync(client, new { sku = "HAT-RED", quantity = 1 });
        await BackorderStore.JsonAsync(added, HttpStatusCode.OK);

        await WithAsync(store, async s =>
        {
            await s.GetRequiredService<IStockService>().SetBackorderAsync("HAT-RED", StockBackorder.None, CancellationToken.None);
            return true;
        });
        var checkout = await BackorderStore.ApiCheckoutAsync(client, cart, "stopped-1");
        var body = await checkout.Content.ReadAsStringAsync();

        Assert.True(checkout.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict, $"{(int)checkout.StatusCode}: {body}");
        Assert.True(body.Contains("Mütze", StringComparison.Ordinal) || body.Contains("HAT-RED", StringComparison.Ordinal), body);
        Assert.Equal(StockStatus.OutOfStock, (await StockAsync(store, "HAT-RED")).Status);
    }

    [Fact]
    public async Task ConcurrentBuyersOfABackorderedSkuAllGetTheirOrder()
    {
        var store = await BackorderStore.CreateAsync();
        var client = BackorderStore.Api(store);
        var carts = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            var (cart, added) = await BackorderStore.ApiCartAsync(client, new { sku = "HAT-RED", quantity = 1 });
            await BackorderStore.JsonAsync(added, HttpStatusCode.OK);
            carts.Add(cart);
        }

        var answers = await Task.WhenAll(carts.Select((cart, i) => Task.Run(async () =>
        {
            var response = await BackorderStore.ApiCheckoutAsync(client, cart, $"buyer-{i}");
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        })));

        Assert.All(answers, a => Assert.True(a.StatusCode == HttpStatusCode.Created, $"{(int)a.StatusCode}: {a.Body}"));
        var level = await WithAsync(store, s => s.GetRequiredService<IStockService>().ListLowStockAsync(CancellationToken.None));
        var red = Assert.Single(level, l => l.Sku == "HAT-RED");
        Assert.Equal(-12, red.OnHand - red.Reserved);
    }

    [Fact]
    public async Task FeedsSayBackorderWithTheDateAndOutOfStockWithoutOne()
    {
        var store = await BackorderStore.CreateAsync();
        var client = store.CreateClient();

        var feed = await GoogleFeed.ParseAsync(await client.GetAsync("feeds/google.xml"));
        var rows = CsvRows.Parse(await client.GetStringAsync("feeds/products.csv"));
        var header = rows[0];
        var csv = rows.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToDictionary(r => r["id"]);

        Assert.Equal("backorder", GoogleFeed.Value(feed.Item("HAT-RED"), "availability"));
        Assert.Equal("2027-01-15T00:00Z", GoogleFeed.Value(feed.Item("HAT-RED"), "availability_date"));
        Assert.Equal("out_of_stock", GoogleFeed.Value(feed.Item("HAT-BLUE"), "availability"));
        Assert.Null(GoogleFeed.Value(feed.Item("HAT-BLUE"), "availability_date"));
        Assert.Equal("out_of_stock", GoogleFeed.Value(feed.Item("SCARF"), "availability"));
        Assert.Null(GoogleFeed.Value(feed.Item("SCARF"), "availability_date"));
        Assert.Equal("backorder", csv["HAT-RED"]["availability"]);
        Assert.Equal("2027-01-15T00:00Z", csv["HAT-RED"]["availability_date"]);
        Assert.Equal("", csv["HAT-BLUE"]["availability_date"]);
    }

    [Fact]
    public async Task AnEditorSellsASkuOnBackorderAndTheShopShowsItAtOnce()
    {
        var store = await BackorderStore.CreateAsync();
        var editor = await BackorderStore.StaffAsync(store, RoleNames.Editor);
        var api = BackorderStore.Api(store);
        await BackorderStore.VariantsAsync(api, "muetze");

        var badDate = await editor.PostFormAsync("admin/inventory/HAT-BLUE", "admin/inventory/HAT-BLUE/backorder", new() { ["Backorder"] = "true", ["RestockDate"] = "15.02.2027" });
        var dateWithoutBackorder = await editor.PostFormAsync("admin/inventory/HAT-BLUE", "admin/inventory/HAT-BLUE/backorder", new() { ["RestockDate"] = "2027-02-15" });
        var unchanged = await BackorderStore.VariantsAsync(api, "muetze");
        var saved = await editor.PostFormAsync("admin/inventory/HAT-BLUE", "admin/inventory/HAT-BLUE/backorder", new() { ["Backorder"] = "true", ["RestockDate"] = "2027-02-15" });
        var page = await HtmlPage.GetAsync(editor.Client, "admin/inventory/HAT-BLUE");
        var list = await HtmlPage.GetAsync(editor.Client, "admin/inventory");
        var variants = await BackorderStore.VariantsAsync(api, "muetze");

        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("year-month-day", (await HtmlPage.ParseAsync(badDate)).FieldError("RestockDate"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, dateWithoutBackorder.StatusCode);
        Assert.Contains("only for a SKU sold on backorder", (await HtmlPage.ParseAsync(dateWithoutBackorder)).FieldError("RestockDate"), StringComparison.Ordinal);
        Assert.Equal("out-of-stock", unchanged["HAT-BLUE"].GetProperty("stock").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(page.One("#Backorder").HasAttribute("checked"));
        Assert.Equal("2027-02-15", page.One("#RestockDate").GetAttribute("value"));
        var backorderBySku = list.All("table.list tbody tr").DistinctBy(r => r.QuerySelector("td")!.TextContent.Trim()).ToDictionary(r => r.QuerySelector("td")!.TextContent.Trim(), r => r.QuerySelector("td.backorder")!.TextContent.Trim());
        Assert.Equal("Backorder Ships by 2/15/2027", backorderBySku["HAT-BLUE"]);
        Assert.Equal("Backorder", backorderBySku["SCARF"]);
        Assert.Equal("backorder", variants["HAT-BLUE"].GetProperty("stock").GetProperty("status").GetString());
        Assert.Equal("2027-02-15", variants["HAT-BLUE"].GetProperty("stock").GetProperty("restockDate").GetString());
    }

    [Fact]
    public async Task AnEditorWithoutTheInventoryPermissionCannotSellOnBackorder()
    {
        var store = await BackorderStore.CreateAsync();
        var editor = await BackorderStore.StaffAsync(store, RoleNames.Editor, without: "ManageInventory");

        var page = await editor.Client.GetAsync("admin/inventory/HAT-BLUE");
        var posted = await editor.PostFormAsync("admin", "admin/inventory/HAT-BLUE/backorder", new() { ["Backorder"] = "true" });

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Equal(StockStatus.OutOfStock, (await StockAsync(store, "HAT-BLUE")).Status);
    }

    [Fact]
    public async Task AnExportWithContentCarriesWhichSkusSellOnBackorderAndWhenTheyShip()
    {
        var store = await BackorderStore.CreateAsync();

        var recipe = await MultistoreFactory.Shared.Services.GetRequiredService<Multistore.Tenancy.Management.ITenantExport>().ExportAsync(store.Name, true, CancellationToken.None);

        var stock = recipe["steps"]!.AsArray().Single(s => (string?)s!["name"] == "inventory")!["stock"]!.AsArray().ToDictionary(e => (string)e!["sku"]!);
        Assert.True((bool)stock["HAT-RED"]!["backorder"]!);
        Assert.Equal(BackorderStore.RestockDate, (string?)stock["HAT-RED"]!["restockDate"]);
        Assert.True((bool)stock["SCARF"]!["backorder"]!);
        Assert.Null(stock["SCARF"]!["restockDate"]);
        Assert.Null(stock["HAT-BLUE"]!["backorder"]);
    }

    [Fact]
    public async Task TheInventoryStepNamesABadBackorderFieldAndWritesNothing()
    {
        var recipe = """
            { "name": "bad-backorder", "steps": [
              { "name": "recipes", "values": [ { "name": "store" } ] },
              { "name": "features", "enable": [ "Multistore.Inventory" ] },
              { "name": "inventory", "stock": [ { "sku": "A", "onHand": 0, "backorder": "yes" }, { "sku": "B", "onHand": 0, "restockDate": "2027-01-01" },
                { "sku": "C", "onHand": 0, "backorder": true, "restockDate": "soon" }, { "sku": "D", "onHand": 0, "backorder": true, "restockInDays": 0 },
                { "sku": "E", "onHand": 0, "backorder": true, "restockInDays": 7, "restockDate": "2027-01-01" } ] } ] }
            """;

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => MultistoreFactory.Shared.CreateTenantFromJsonAsync(recipe));

        Assert.Contains("stock[0].backorder", failure.Message, StringComparison.Ordinal);
        Assert.Contains("stock[1].restockDate", failure.Message, StringComparison.Ordinal);
        Assert.Contains("stock[2].restockDate", failure.Message, StringComparison.Ordinal);
        Assert.Contains("stock[3].restockInDays", failure.Message, StringComparison.Ordinal);
        Assert.Contains("stock[4].restockDate", failure.Message, StringComparison.Ordinal);
        Assert.Contains("both give the ship date", failure.Message, StringComparison.Ordinal);
    }

    private static async Task<SkuStock> StockAsync(TestTenant store, string sku) =>
        (await WithAsync(store, s => s.GetRequiredService<IStockService>().GetStockAsync([sku], CancellationToken.None)))[sku];

    private static async Task<T> WithAsync<T>(TestTenant store, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = await store.ScopeAsync();
        return await action(scope.ServiceProvider);
    }
}
