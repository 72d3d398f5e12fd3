using System.Net;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.StorefrontApi;

namespace Multistore.Integration.Tests.Storefront;

/// <summary>The web account's address book: the same addresses the Storefront API keeps, managed through themed pages.</summary>
public sealed class AddressBookPageTests
{
    /// <summary>The ids of the addresses the page lists, in its order.</summary>
    private static List<string> AddressIds(HtmlPage page) => [.. page.All("[data-address]").Select(e => e.GetAttribute("data-address")!)];

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
        var page = await HtmlPage.ParseAsync(added);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(["Die Adresse wurde hinzugefügt."], page.Notices());
        Assert.Contains("Unter den Linden 1", page.Text());
        Assert.True(page.Has(".default-badge"), "One address is marked as the default.");
        var first = AddressIds(page)[0];

        var second = Berlin();
        second["line1"] = "Hauptstr. 5";
        second["city"] = "Köln";
        second["postalCode"] = "50667";
        page = await HtmlPage.ParseAsync(await shopper.PostFormAsync("account/addresses", "account/addresses", second));
        var ids = AddressIds(page).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Equal(first, ids[0]);
        var other = ids[1];

        var edit = await HtmlPage.GetAsync(shopper.Client, $"account/addresses/{other}");
        Assert.Contains("Adresse bearbeiten", edit.Text());
        Assert.Equal("Hauptstr. 5", edit.Field("line1"));
        var changed = second;
        changed["action"] = "update";
        changed["id"] = other;
        changed["line1"] = "Domplatz 1";
        page = await HtmlPage.ParseAsync(await shopper.PostFormAsync($"account/addresses/{other}", "account/addresses", changed));
        Assert.Equal(["Die Adresse wurde gespeichert."], page.Notices());
        Assert.Contains("Domplatz 1", page.Text());
        Assert.DoesNotContain("Hauptstr. 5", page.Text());

        page = await HtmlPage.ParseAsync(await shopper.PostFormAsync("account/addresses", "account/addresses", new() { ["action"] = "default", ["id"] = other }));
        Assert.Equal(["Die Standardadresse wurde geändert."], page.Notices());
        Assert.Equal(new[] { other, first }, AddressIds(page).ToArray());

        page = await HtmlPage.ParseAsync(await shopper.PostFormAsync("account/addresses", "account/addresses", new() { ["action"] = "delete", ["id"] = first }));
        Assert.Equal(["Die Adresse wurde gelöscht."], page.Notices());
        Assert.Equal(new[] { other }, AddressIds(page).ToArray());
        Assert.DoesNotContain("Unter den Linden 1", page.Text());
    }

    [Fact]
    public async Task RefusesAnInvalidAddressNamingTheFieldAndKeepsTheInput()
    {
        var store = await CustomerStore.CreateAsync(MultistoreFactory.Shared);
        var shopper = await ShopperSession.SignedInAsync(store, "falsch@example.com");
        var wrong = Berlin();
        wrong["postalCode"] = "1234";

        var refused = await shopper.PostFormAsync("account/addresses", "account/addresses", wrong);
        var page = await HtmlPage.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True(page.Has("[role=alert][data-field='postalCode']"), "The refusal names the postal code field.");
        Assert.Equal("Unter den Linden 1", page.Field("line1"));
        Assert.False(page.Has("[data-address]"), "A refused first address lists no address.");
    }

    [Fact]
    public async Task ShowsOnlyTheShoppersOwnAddressesAndAsksGuestsToSignIn()
    {
        var store = await CustomerStore.CreateAsync(MultistoreFactory.Shared);
        var erika = await ShopperSession.SignedInAsync(store, "erika@example.com");
        await erika.PostFormAsync("account/addresses", "account/addresses", Berlin());
        var max = await ShopperSession.SignedInAsync(store, "max@example.com");

        var maxs = await HtmlPage.GetAsync(max.Client, "account/addresses");
        Assert.DoesNotContain("Unter den Linden 1", maxs.Text());
        Assert.DoesNotContain(maxs.ValueAttributes(), value => value.Contains("Unter den Linden 1", StringComparison.Ordinal));
        var erikas = AddressIds(await HtmlPage.GetAsync(erika.Client, "account/addresses"))[0];
        Assert.Equal(HttpStatusCode.NotFound, (await max.Client.GetAsync($"account/addresses/{erikas}")).StatusCode);

        var guest = await store.CreateClient().GetAsync("account/addresses");
        Assert.Equal(HttpStatusCode.Unauthorized, guest.StatusCode);
        Assert.StartsWith("/account/sign-in?returnUrl=", (await HtmlPage.ParseAsync(guest)).Attribute("main a.button", "href"), StringComparison.Ordinal);
    }
}
