using System.Net;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.StorefrontApi;

namespace Multistore.Integration.Tests.Storefront;

/// <summary>The web account's address book: the same addresses the Storefront API keeps, managed through themed pages.</summary>
public sealed class AddressBookPageTests
{
    /// <summary>The ids of the addresses the page lists, in its order.</summary>
    private static List<string> AddressIds(string page) => [.. HtmlPage.Parse(page).All("[data-address]").Select(e => e.GetAttribute("data-address")!)];

    private static Dictionary<string, string> Berlin(string action = "add") => new()
    {
        ["action"] = action, ["name"] = "Erika Muster", ["line1"] = "Unter den Linden 1", ["postalCode"] = "10117", ["city"] = "Berlin", ["country"] = "DE",
    };

    [Fact]
    public async Task AddsEditsMakesDefaultAndDeletesAddresses()
    {
        var store = await CustomerStore.CreateAsync(MultistoreFactory.Shared);
        var shopper = await ShopperSession.SignedInAsync(store, "erika@example.com");

        var added = await shopper.PostFormAsync("account/addresses", "account/addresses", Berlin());
        var page = await added.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("Die Adresse wurde hinzugefügt.", page);
        Assert.Contains("Unter den Linden 1", page);
        Assert.True(HtmlPage.Parse(page).Has(".default-badge"), "One address is marked as the default.");
        var first = AddressIds(page)[0];

        var second = Berlin();
        second["line1"] = "Hauptstr. 5";
        second["city"] = "Köln";
        second["postalCode"] = "50667";
        page = await (await shopper.PostFormAsync("account/addresses", "account/addresses", second)).Content.ReadAsStringAsync();
        var ids = AddressIds(page).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Equal(first, ids[0]);
        var other = ids[1];

        var edit = await shopper.Client.GetStringAsync($"account/addresses/{other}");
        Assert.Contains("Adresse bearbeiten", edit);
        Assert.Contains("Hauptstr. 5", HtmlPage.Parse(edit).ValueAttributes());
        var changed = second;
        changed["action"] = "update";
        changed["id"] = other;
        changed["line1"] = "Domplatz 1";
        page = await (await shopper.PostFormAsync($"account/addresses/{other}", "account/addresses", changed)).Content.ReadAsStringAsync();
        Assert.Contains("Die Adresse wurde gespeichert.", page);
        Assert.Contains("Domplatz 1", page);
        Assert.DoesNotContain("Hauptstr. 5", page);

        page = await (await shopper.PostFormAsync("account/addresses", "account/addresses", new() { ["action"] = "default", ["id"] = other })).Content.ReadAsStringAsync();
        Assert.Contains("Die Standardadresse wurde geändert.", page);
        Assert.Equal(new[] { other, first }, AddressIds(page).ToArray());

        page = await (await shopper.PostFormAsync("account/addresses", "account/addresses", new() { ["action"] = "delete", ["id"] = first })).Content.ReadAsStringAsync();
        Assert.Contains("Die Adresse wurde gelöscht.", page);
        Assert.Equal(new[] { other }, AddressIds(page).ToArray());
        Assert.DoesNotContain("Unter den Linden 1", page);
    }

    [Fact]
    public async Task RefusesAnInvalidAddressNamingTheFieldAndKeepsTheInput()
    {
        var store = await CustomerStore.CreateAsync(MultistoreFactory.Shared);
        var shopper = await ShopperSession.SignedInAsync(store, "falsch@example.com");
        var wrong = Berlin();
        wrong["postalCode"] = "1234";

        var refused = await shopper.PostFormAsync("account/addresses", "account/addresses", wrong);
        var page = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True(HtmlPage.Parse(page).Has("[data-field='postalCode']"), "The refusal names the postal code field.");
        Assert.Contains("Unter den Linden 1", HtmlPage.Parse(page).ValueAttributes());
        Assert.False(HtmlPage.Parse(page).Has("[data-address]"), "A refused first address lists no address.");
    }

    [Fact]
    public async Task ShowsOnlyTheShoppersOwnAddressesAndAsksGuestsToSignIn()
    {
        var store = await CustomerStore.CreateAsync(MultistoreFactory.Shared);
        var erika = await ShopperSession.SignedInAsync(store, "erika@example.com");
        await erika.PostFormAsync("account/addresses", "account/addresses", Berlin());
        var max = await ShopperSession.SignedInAsync(store, "max@example.com");

        Assert.DoesNotContain("Unter den Linden 1", await max.Client.GetStringAsync("account/addresses"));
        var erikas = AddressIds(await erika.Client.GetStringAsync("account/addresses"))[0];
        Assert.Equal(HttpStatusCode.NotFound, (await max.Client.GetAsync($"account/addresses/{erikas}")).StatusCode);

        var guest = await store.CreateClient().GetAsync("account/addresses");
        Assert.Equal(HttpStatusCode.Unauthorized, guest.StatusCode);
        Assert.Contains("/account/sign-in?returnUrl=", await guest.Content.ReadAsStringAsync());
    }
}
