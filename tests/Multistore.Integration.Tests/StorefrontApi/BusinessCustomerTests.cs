using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.StorefrontApi;

/// <summary>
/// Invoice payment (on credit) is offered only to a signed-in customer whose account staff marked as a business
/// customer; an <c>isBusinessCustomer</c> field or query sent by the shopper changes nothing, on the API and the page.
/// </summary>
public sealed partial class BusinessCustomerTests
{
    private const string Owner = "owner@example.com";

    private const string Recipe = """
        {
          "name": "api-business",
          "parameters": [ { "name": "AdminEmail" }, { "name": "AdminPassword" }, { "name": "SiteName" } ],
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "features", "enable": [ "Multistore.StorefrontApi", "Multistore.Users", "Multistore.Inventory", "Multistore.Promotions", "Multistore.Cart", "Multistore.Orders", "Multistore.Checkout", "Multistore.Testing.Commerce", "Multistore.Payments.Invoice" ] },
            { "name": "settings", "Site": { "Currency": "EUR", "DefaultCulture": "de-DE" }, "Checkout": { "Countries": [ "DE", "AT" ], "PricesIncludeTax": true, "ReservationMinutes": 15 } },
            { "name": "catalog", "products": [ { "sku": "LAMP", "translations": { "de-DE": { "name": "Lampe" } } } ] },
            { "name": "pricelists", "lists": [ { "name": "EUR", "currency": "EUR", "default": true, "prices": [ { "sku": "LAMP", "amount": 12.34 } ] } ] },
            { "name": "inventory", "locations": [ { "code": "main", "name": "Lager", "kind": "Warehouse" } ], "stock": [ { "sku": "LAMP", "onHand": 50 } ] },
            { "name": "payments", "invoice": { "dueDays": 30 } }
          ]
        }
        """;

    [Fact]
    public async Task ForgedBusinessFlagNeitherOffersNorAcceptsInvoice()
    {
        var store = await CreateAsync();
        var client = await CustomerStore.SignedInClientAsync(store, "consumer@example.com");
        var cartId = await CartWithLampAsync(client);

        var offered = await client.GetFromJsonAsync<JsonElement>($"/api/storefront/v1/carts/{cartId}/payment-methods?business=true");
        var placed = await CheckoutAsync(client, cartId, "forged-" + Guid.NewGuid().ToString("N"), isBusinessCustomer: true);

        Assert.DoesNotContain("invoice", offered.EnumerateArray().Select(m => m.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, placed.StatusCode);
        Assert.True((await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("paymentMethod", out _));
    }

    [Fact]
    public async Task CustomerStaffMarkedAsBusinessPaysByInvoiceUntilTheStatusIsRemoved()
    {
        var store = await CreateAsync();
        var client = await CustomerStore.SignedInClientAsync(store, "buyer@firma.example");
        var staff = new AdminSession(store);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SignInAsync(Owner)).StatusCode);
        var id = await UserIdAsync(store, "buyer@firma.example");

        var marked = await staff.PostFormAsync("admin/users", $"admin/users/{id}/business", new() { ["Approved"] = "true" });
        var cartId = await CartWithLampAsync(client);
        var offered = await client.GetFromJsonAsync<JsonElement>($"/api/storefront/v1/carts/{cartId}/payment-methods");
        var placed = await CheckoutAsync(client, cartId, "invoice-" + Guid.NewGuid().ToString("N"));

        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.Contains("invoice", offered.EnumerateArray().Select(m => m.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        Assert.Equal("invoice", (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("payment").GetProperty("nextAction").GetProperty("type").GetString());
        Assert.Contains((await HtmlPage.GetAsync(staff.Client, "admin/users")).All("tr"),
            row => row.QuerySelectorAll("td").Any(td => td.TextContent == "buyer@firma.example") && row.TextContent.Contains("Remove business status", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync("admin/users", $"admin/users/{id}/business", new() { ["Approved"] = "false" })).StatusCode);
        var nextCart = await CartWithLampAsync(client);
        Assert.Equal(HttpStatusCode.BadRequest, (await CheckoutAsync(client, nextCart, "removed-" + Guid.NewGuid().ToString("N"))).StatusCode);
    }

    [Fact]
    public async Task InvoiceOrderPageSaysWhenTheInvoiceIsDue()
    {
        var store = await CreateAsync();
        var client = await CustomerStore.SignedInClientAsync(store, "buyer@firma.example");
        var staff = new AdminSession(store);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SignInAsync(Owner)).StatusCode);
        var id = await UserIdAsync(store, "buyer@firma.example");
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync("admin/users", $"admin/users/{id}/business", new() { ["Approved"] = "true" })).StatusCode);

        var placed = await (await CheckoutAsync(client, await CartWithLampAsync(client), "due-" + Guid.NewGuid().ToString("N"))).Content.ReadFromJsonAsync<JsonElement>();
        var number = placed.GetProperty("number").GetString();
        var page = await HtmlPage.GetAsync(store.CreateClient(), $"orders/{number}?token={placed.GetProperty("orderToken").GetString()}");
        var invoice = page.Definitions(".next-step.invoice dl");

        Assert.Equal("Auf Rechnung bezahlen", page.Text(".next-step.invoice h2"));
        Assert.Matches(@"^Wir senden Ihre Bestellung mit Rechnung\. Bitte bezahlen Sie sie innerhalb von 30 Tagen, bis zum \d{2}\.\d{2}\.\d{4}\.$", page.Text(".next-step.invoice p"));
        Assert.Matches(@"^\d{2}\.\d{2}\.\d{4}$", invoice["Fällig am"]);
        Assert.Contains(invoice["Fällig am"], page.Text(".next-step.invoice p"), StringComparison.Ordinal);
        Assert.Equal(number, invoice["Verwendungszweck"]);
        Assert.DoesNotContain("due_date", page.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckoutPageIgnoresAForgedBusinessField()
    {
        var store = await CreateAsync();
        var shopper = store.CreateClient();
        var token = FormFields.Antiforgery(await shopper.GetStringAsync("cart"));
        Assert.Equal(HttpStatusCode.OK, (await shopper.PostAsync("cart", new FormUrlEncodedContent(new Dictionary<string, string> { [token.Name] = token.Value, ["sku"] = "LAMP", ["quantity"] = "1" }))).StatusCode);
        var checkout = await shopper.GetStringAsync("checkout");
        token = FormFields.Antiforgery(checkout);

        var answer = await shopper.PostAsync("checkout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [token.Name] = token.Value, ["idempotencyKey"] = Guid.NewGuid().ToString("N"), ["email"] = "page@example.com", ["name"] = "Gast Kunde",
            ["line1"] = "Hauptstr. 5", ["city"] = "Köln", ["postalCode"] = "50667", ["country"] = "DE", ["shippingMethod"] = "standard",
            ["paymentMethod"] = "invoice", ["isBusinessCustomer"] = "true", ["business"] = "true", ["action"] = "place",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var page = await HtmlPage.ParseAsync(answer);
        Assert.True(page.Has("[role=alert][data-field=paymentMethod]"), "The refusal names the payment method field.");
        Assert.False(page.Has("[name=paymentMethod][value=invoice]"), "Invoice is not offered again.");
    }

    private static Task<TestTenant> CreateAsync() =>
        MultistoreFactory.Shared.CreateTenantFromJsonAsync(Recipe, AdminSession.Parameters(Owner, "Business Shop"));

    private static async Task<string> UserIdAsync(TestTenant store, string email)
    {
        await using var scope = await store.ScopeAsync();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(email))!.Id;
    }

    private static async Task<Guid> CartWithLampAsync(HttpClient client)
    {
        var cart = await (await client.PostAsync("/api/storefront/v1/carts", null)).Content.ReadFromJsonAsync<JsonElement>();
        var cartId = cart.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/storefront/v1/carts/{cartId}/lines", new { sku = "LAMP", quantity = 1 })).StatusCode);
        return cartId;
    }

    private static async Task<HttpResponseMessage> CheckoutAsync(HttpClient client, Guid cartId, string key, bool isBusinessCustomer = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/storefront/v1/carts/{cartId}/checkout")
        {
            Content = JsonContent.Create(new { email = "buyer@firma.example", shippingAddress = CustomerStore.Address(), shippingMethod = "standard", paymentMethod = "invoice", isBusinessCustomer }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }
}
