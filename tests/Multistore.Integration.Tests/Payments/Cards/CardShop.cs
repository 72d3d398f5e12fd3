using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Payments.Stripe.Testing;

namespace Multistore.Integration.Tests.Payments.Cards;

/// <summary>
/// A German store that sells a lamp on its web checkout by card through the fake Stripe server, or by (test) bank
/// transfer, with its administrator; and the steps a shopper's browser takes on it.
/// </summary>
public sealed class CardShop(TestTenant tenant, FakeStripeServer stripe)
{
    public const string AdminEmail = "cards@example.com";

    private const string Recipe = """
        {
          "name": "card-shop",
          "parameters": [ { "name": "StripeSecretKey" }, { "name": "StripeWebhookSecret" } ],
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "features", "enable": [ "Multistore.Inventory", "Multistore.Promotions", "Multistore.Cart", "Multistore.Orders", "Multistore.Checkout", "Multistore.Testing.Commerce", "Multistore.Payments.Stripe", "Multistore.StorefrontApi" ] },
            { "name": "settings", "Checkout": { "Countries": [ "DE" ], "PricesIncludeTax": true, "ReservationMinutes": 15 } },
            { "name": "catalog", "products": [ { "sku": "LAMP", "translations": { "de-DE": { "name": "Lampe" } } } ] },
            { "name": "pricelists", "lists": [ { "name": "EUR", "currency": "EUR", "default": true, "prices": [ { "sku": "LAMP", "amount": 12.34 } ] } ] },
            { "name": "inventory", "locations": [ { "code": "main", "name": "Lager", "kind": "Warehouse" } ], "stock": [ { "sku": "LAMP", "onHand": 50 } ] },
            { "name": "payments", "stripe": { "publishableKey": "pk_test_public", "secretKey": "${StripeSecretKey}", "webhookSecret": "${StripeWebhookSecret}" } }
          ]
        }
        """;

    public TestTenant Tenant { get; } = tenant;

    public FakeStripeServer Stripe { get; } = stripe;

    public static async Task<CardShop> CreateAsync()
    {
        var tenant = await MultistoreFactory.Shared.CreateTenantFromJsonAsync(Recipe, new Dictionary<string, string>
        {
            ["SiteName"] = "Karten-Laden", ["Culture"] = "de-DE", ["Currency"] = "EUR",
            ["AdminEmail"] = AdminEmail, ["AdminPassword"] = Admin.AdminSession.Password,
            ["StripeSecretKey"] = StripeStore.SecretKey, ["StripeWebhookSecret"] = StripeStore.WebhookSecret,
        });
        return new CardShop(tenant, FakeStripeServer.Shared);
    }

    /// <summary>Puts a lamp in the client's cart through the cart page.</summary>
    public static async Task AddLampAsync(HttpClient shopper)
    {
        var cart = await shopper.GetStringAsync("cart");
        var added = await shopper.PostAsync("cart", new FormUrlEncodedContent(FormFields.WithAntiforgery(cart, new() { ["sku"] = "LAMP", ["quantity"] = "1" })));
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
    }

    /// <summary>The payment methods the checkout page offers the client now.</summary>
    public static async Task<IReadOnlyList<string>> OfferedMethodsAsync(HttpClient shopper)
    {
        var page = await HtmlPage.GetAsync(shopper, "checkout");
        return [.. page.All("input[name='paymentMethod']").Select(i => i.GetAttribute("value") ?? "")];
    }

    /// <summary>Places the client's cart on the checkout page with <paramref name="paymentMethod"/>; answers the page it lands on.</summary>
    public static async Task<HttpResponseMessage> PlaceAsync(HttpClient shopper, string paymentMethod, string email = "kunde@example.com")
    {
        var checkout = await shopper.GetStringAsync("checkout");
        return await shopper.PostAsync("checkout", new FormUrlEncodedContent(FormFields.WithAntiforgery(checkout, new()
        {
            ["idempotencyKey"] = FormFields.IdempotencyKey(checkout), ["email"] = email, ["name"] = "Erika Muster", ["line1"] = "Hauptstr. 5",
            ["city"] = "Köln", ["postalCode"] = "50667", ["country"] = "DE", ["shippingMethod"] = "standard", ["paymentMethod"] = paymentMethod, ["action"] = "place",
        })));
    }

    /// <summary>A new shopper with a lamp, placed by card: the order page the checkout lands on.</summary>
    public async Task<(HttpClient Shopper, HttpResponseMessage OrderPage)> CardOrderAsync(string email = "kunde@example.com")
    {
        var shopper = Tenant.CreateClient();
        await AddLampAsync(shopper);
        var page = await PlaceAsync(shopper, "stripe", email);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return (shopper, page);
    }

    /// <summary>What Stripe.js does on the shopper's behalf, through the server's confirm endpoint and the fake's test cards.</summary>
    public static Task<HttpResponseMessage> ConfirmAsync(HttpClient shopper, string intent, string clientSecret, string paymentMethod) =>
        shopper.PostAsJsonAsync($"api/payments/stripe/intents/{intent}/confirm", new { clientSecret, paymentMethod });

    /// <summary>What the payment page asks while it waits for the payment to settle.</summary>
    public static async Task<JsonElement> PaymentStateAsync(HttpClient shopper, string intent, string clientSecret)
    {
        var response = await shopper.PostAsJsonAsync($"api/payments/stripe/intents/{intent}/refresh", new { clientSecret });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
