using Microsoft.Playwright;
using Multistore.Payments.Stripe.Testing;

namespace Multistore.Browser.Tests.Payments;

/// <summary>
/// Stripe for the browser tests, without the internet: the host's Stripe.net calls go to the fake Stripe server of
/// this test process, the demo store <see cref="Store"/> gets Stripe keys, and a page's requests to Stripe's hosts
/// are served by Playwright routing: js.stripe.com by the stand-in script (<c>stripe-stand-in.js</c>), api.stripe.com
/// and the bank's 3-D Secure page by the fake server. Webhooks are sent signed with the store's signing secret.
/// </summary>
public static class StripeStandIn
{
    public const string Store = "nordic-de";
    public const string PublishableKey = "pk_test_browserStandIn";
    public const string SecretKey = "sk_test_browserStandIn0000";
    public const string WebhookSecret = "whsec_browserStandIn0000";

    private static readonly string Script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payments", "stripe-stand-in.js"));

    public static FakeStripeServer Stripe => FakeStripeServer.Shared;

    /// <summary>The host's settings: where Stripe is, and the keys of <see cref="Store"/> (its recipe's parameters).</summary>
    public static void Configure(IDictionary<string, string?> environment, int storeIndex)
    {
        environment["Multistore__Stripe__ApiBase"] = Stripe.BaseAddress;
        environment[$"Multistore__Tenants__{storeIndex}__Parameters__StripePublishableKey"] = PublishableKey;
        environment[$"Multistore__Tenants__{storeIndex}__Parameters__StripeSecretKey"] = SecretKey;
        environment[$"Multistore__Tenants__{storeIndex}__Parameters__StripeWebhookSecret"] = WebhookSecret;
    }

    public static async Task RouteAsync(IPage page)
    {
        await page.RouteAsync("https://js.stripe.com/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200, ContentType = "application/javascript; charset=utf-8", Body = Script,
        }));
        await page.RouteAsync("https://api.stripe.com/**", ToFakeServerAsync);
        await page.RouteAsync("https://hooks.stripe.test/**", ToFakeServerAsync);
    }

    /// <summary>Tells the store what Stripe would: the intent as the fake server has it now, in an event of <paramref name="type"/>.</summary>
    public static async Task SendWebhookAsync(StorefrontHost host, string type, string intentId)
    {
        using var client = host.StoreClient(Store);
        using var response = await new StripeWebhookSender(client, WebhookSecret).SendAsync("evt_" + Guid.NewGuid().ToString("N")[..24], type, Stripe.Intent(intentId));
        response.EnsureSuccessStatusCode();
    }

    private static async Task ToFakeServerAsync(IRoute route)
    {
        var address = new Uri(route.Request.Url);
        var response = await route.FetchAsync(new RouteFetchOptions { Url = Stripe.BaseAddress.TrimEnd('/') + address.PathAndQuery, MaxRedirects = 0 });
        await route.FulfillAsync(new RouteFulfillOptions { Response = response });
    }
}
