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

    private static async Task<string> CheckoutPageAsync(ShopperSession shopper)
    {
        var added = await shopper.PostFormAsync("cart", "cart", new() { ["sku"] = "LAMP", ["quantity"] = "1" });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var checkout = await shopper.Client.GetAsync("checkout");
        Assert.Equal(HttpStatusCode.OK, checkout.StatusCode);
        return await checkout.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task FillsTheFormWithTheDefaultSavedAddress()
    {
        var store = await CustomerStore.CreateAsync(MultistoreFactory.Shared);
        var shopper = await ShopperSession.SignedInAsync(store, "erika@example.com");
        await shopper.PostFormAsync("account/addresses", "account/addresses", Address("Unter den Linden 1", "Berlin", "10117", isDefault: false));
        await shopper.PostFormAsync("account/addresses", "account/addresses", Address("Domplatz 1", "Köln", "50667", isDefault: true));

        var page = await CheckoutPageAsync(shopper);

        Assert.Contains("name=\"email\" value=\"erika@example.com\"", page);
        Assert.Contains("name=\"line1\" value=\"Domplatz 1\"", page);
        Assert.Contains("name=\"postalCode\" value=\"50667\"", page);
        Assert.Contains("name=\"name\" value=\"Erika Muster\"", page);
        Assert.Contains("An eine Ihrer gespeicherten Adressen liefern:", page);
        Assert.Contains("aria-current=\"true\">Erika Muster, Domplatz 1, 50667 Köln, DE</a>", page);

        var other = await shopper.Client.GetStringAsync("checkout?address=1");
        Assert.Contains("name=\"line1\" value=\"Unter den Linden 1\"", other);
        Assert.Contains("aria-current=\"true\">Erika Muster, Unter den Linden 1, 10117 Berlin, DE</a>", other);
    }

    [Fact]
    public async Task GuestsAndShoppersWithoutSavedAddressesStartEmpty()
    {
        var store = await CustomerStore.CreateAsync(MultistoreFactory.Shared);
        var signedIn = await ShopperSession.SignedInAsync(store, "leer@example.com");
        var guest = new ShopperSession(store);

        var withoutAddress = await CheckoutPageAsync(signedIn);
        var guestPage = await CheckoutPageAsync(guest);

        Assert.Contains("name=\"email\" value=\"leer@example.com\"", withoutAddress);
        Assert.Contains("name=\"line1\" value=\"\"", withoutAddress);
        Assert.Contains("name=\"email\" value=\"\"", guestPage);
        Assert.Contains("name=\"line1\" value=\"\"", guestPage);
    }
}
