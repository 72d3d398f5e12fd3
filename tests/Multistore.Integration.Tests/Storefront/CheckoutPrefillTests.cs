using System.Net;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.StorefrontApi;

namespace Multistore.Integration.Tests.Storefront;

/// <summary>A signed-in shopper's checkout starts filled with their e-mail and their default saved address.</summary>
public sealed class CheckoutPrefillTests
{
    private static Dictionary<string, string> Address(string line1, string city, string postalCode, bool isDefault) => new()
    {
        ["action"] = "add", ["name"] = "Erika Muster", ["line1"] = line1, ["postalCode"] = postalCode, ["city"] = city, ["country"] = "DE",
        ["isDefault"] = isDefault ? "true" : "false",
    };

    private static async Task<HtmlPage> CheckoutPageAsync(ShopperSession shopper)
    {
        var added = await shopper.PostFormAsync("cart", "cart", new() { ["sku"] = "LAMP", ["quantity"] = "1" });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var checkout = await shopper.Client.GetAsync("checkout");
        Assert.Equal(HttpStatusCode.OK, checkout.StatusCode);
        return await HtmlPage.ParseAsync(checkout);
    }

    [Fact]
    public async Task FillsTheFormWithTheDefaultSavedAddress()
    {
        var store = await CustomerStore.CreateAsync(MultistoreFactory.Shared);
        var shopper = await ShopperSession.SignedInAsync(store, "erika@example.com");
        await shopper.PostFormAsync("account/addresses", "account/addresses", Address("Unter den Linden 1", "Berlin", "10117", isDefault: false));
        await shopper.PostFormAsync("account/addresses", "account/addresses", Address("Domplatz 1", "Köln", "50667", isDefault: true));

        var page = await CheckoutPageAsync(shopper);

        Assert.Equal("erika@example.com", page.Field("email"));
        Assert.Equal("Domplatz 1", page.Field("line1"));
        Assert.Equal("50667", page.Field("postalCode"));
        Assert.Equal("Erika Muster", page.Field("name"));
        Assert.Contains("An eine Ihrer gespeicherten Adressen liefern:", page.Text());
        Assert.Contains("Erika Muster, Domplatz 1, 50667 Köln, DE", page.Texts("a[aria-current=true]"));

        var other = await HtmlPage.GetAsync(shopper.Client, "checkout?address=1");
        Assert.Equal("Unter den Linden 1", other.Field("line1"));
        Assert.Contains("Erika Muster, Unter den Linden 1, 10117 Berlin, DE", other.Texts("a[aria-current=true]"));
    }

    [Fact]
    public async Task GuestsAndShoppersWithoutSavedAddressesStartEmpty()
    {
        var store = await CustomerStore.CreateAsync(MultistoreFactory.Shared);
        var signedIn = await ShopperSession.SignedInAsync(store, "leer@example.com");
        var guest = new ShopperSession(store);

        var withoutAddress = await CheckoutPageAsync(signedIn);
        var guestPage = await CheckoutPageAsync(guest);

        Assert.Equal("leer@example.com", withoutAddress.Field("email"));
        Assert.Equal("", withoutAddress.Field("line1"));
        Assert.Equal("", guestPage.Field("email"));
        Assert.Equal("", guestPage.Field("line1"));
    }
}
