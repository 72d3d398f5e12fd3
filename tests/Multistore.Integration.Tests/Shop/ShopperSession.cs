using System.Net;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Shop;

/// <summary>A guest with a browser-like client: fills the cart and the checkout form as the storefront pages offer them.</summary>
public sealed partial class ShopperSession(TestTenant tenant)
{
    public HttpClient Client { get; } = tenant.CreateClient();

    public static Dictionary<string, string> NewYork { get; } = new()
    {
        ["email"] = "guest@example.com", ["name"] = "Pat Guest", ["line1"] = "350 5th Ave", ["city"] = "New York", ["region"] = "NY",
        ["postalCode"] = "10118", ["country"] = "US",
    };

    /// <summary>Posts the cart form (add a line, apply a coupon, ...) and returns the cart page answered.</summary>
    public async Task<(HttpStatusCode Status, string Html)> CartAsync(Dictionary<string, string> fields)
    {
        var (name, value) = FormFields.Antiforgery(await Client.GetStringAsync("cart"));
        fields[name] = value;
        var response = await Client.PostAsync("cart", new FormUrlEncodedContent(fields));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Fills the checkout form and presses "Review order" (or "Place order"); returns the page the shopper sees.</summary>
    public async Task<(HttpStatusCode Status, string Html)> CheckoutAsync(Dictionary<string, string> address, string shippingMethod, string paymentMethod, string action = "review")
    {
        var page = await Client.GetStringAsync("checkout");
        var (name, value) = FormFields.Antiforgery(page);
        var fields = new Dictionary<string, string>(address)
        {
            [name] = value, ["idempotencyKey"] = FormFields.IdempotencyKey(page),
            ["shippingMethod"] = shippingMethod, ["paymentMethod"] = paymentMethod, ["action"] = action,
        };
        var response = await Client.PostAsync("checkout", new FormUrlEncodedContent(fields));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
