using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Orders.Mail;

namespace Multistore.Integration.Tests.Shop;

/// <summary>
/// The order page a shopper lands on after checkout says thank you and what happens next for the method they chose
/// (the store's account and the reference for a transfer, the courier's amount and fee for cash on delivery, where
/// to collect a pickup), in the shopper's language, with the chosen variant named, the country named and the address
/// written as the country writes it; the confirmation e-mail says the same. Never the payment's raw next action.
/// </summary>
[Collection(CommerceStore.Collection)]
public sealed class OrderConfirmationPageTests
{
    private const string Recipe = """
        {
          "name": "order-confirmation",
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "features", "enable": [ "Multistore.Inventory", "Multistore.Promotions", "Multistore.Cart", "Multistore.Orders", "Multistore.Checkout",
              "Multistore.Shipping", "Multistore.Payments.BankTransfer", "Multistore.Payments.CashOnDelivery" ] },
            { "name": "settings", "Site": { "SiteName": "Bergladen", "DefaultCulture": "de-DE", "Currency": "EUR" }, "Checkout": { "Countries": [ "DE", "US" ], "PricesIncludeTax": true } },
            { "name": "catalog",
              "attributes": [ { "name": "color", "names": { "de-DE": "Farbe" }, "values": { "Red": { "de-DE": "Rot" }, "Blue": { "de-DE": "Blau" } } } ],
              "products": [ { "sku": "HAT", "options": [ "color" ],
                "variants": [ { "sku": "HAT-RED", "values": [ "Red" ] }, { "sku": "HAT-BLUE", "values": [ "Blue" ] } ],
                "translations": { "de-DE": { "name": "Mütze", "slug": "muetze" } } } ] },
            { "name": "pricelists", "lists": [ { "name": "Euro", "currency": "EUR", "default": true, "prices": [ { "sku": "HAT-RED", "amount": 20 }, { "sku": "HAT-BLUE", "amount": 22 } ] } ] },
            { "name": "inventory", "locations": [ { "code": "main", "name": "Lager", "kind": "Warehouse" } ], "stock": [ { "sku": "HAT-RED", "onHand": 50 } ] },
            { "name": "payments",
              "bankTransfer": { "accountHolder": "Bergladen GmbH", "bankName": "Commerzbank", "iban": "DE89 3704 0044 0532 0130 00", "bic": "COBADEFFXXX", "instructions": "Zahlbar innerhalb von 10 Tagen." },
              "cashOnDelivery": { "fee": 4.9, "maxAmount": 500 } },
            { "name": "shipping", "zones": [ { "name": "Überall", "areas": [ { "country": "DE" }, { "country": "US" } ], "rates": [ { "code": "dhl", "name": "DHL Paket", "price": 4.9 } ] } ],
              "pickup": { "offer": "always", "locations": [ { "code": "berlin", "name": "Bergladen Berlin", "address": "Unter den Linden 1, 10117 Berlin" } ] } }
          ]
        }
        """;

    private static readonly Dictionary<string, string> Berlin = new()
    {
        ["email"] = "erika@example.com", ["name"] = "Erika Muster", ["line1"] = "Unter den Linden 1", ["postalCode"] = "10117", ["city"] = "Berlin", ["country"] = "DE",
    };

    [Fact]
    public async Task BankTransferShowsTheIbanTheOrderNumberAsReferenceAndTheAmountAndTheEmailSaysTheSame()
    {
        var (store, shopper) = await ShopperWithRedHatAsync();

        var page = await PlaceAsync(shopper, Berlin, "dhl", "bank-transfer");
        var number = page.Heading().Split(' ')[^1];
        var transfer = page.Definitions(".next-step.bank-transfer dl");
        var mail = HtmlPage.Parse(await MailAsync(store));

        Assert.Equal("Vielen Dank für Ihre Bestellung!", page.Text(".order .thanks"));
        Assert.Equal("Wir haben Ihnen eine Bestätigung an erika@example.com geschickt.", page.Text(".order .email-notice"));
        Assert.Equal("Per Überweisung bezahlen", page.Text(".next-step.bank-transfer h2"));
        Assert.Equal("Bergladen GmbH", transfer["Kontoinhaber"]);
        Assert.Equal("DE89370400440532013000", transfer["IBAN"]);
        Assert.Equal(number, transfer["Verwendungszweck"]);
        Assert.Equal("24,90 €", Plain(transfer["Betrag"]));
        Assert.Equal("Zahlbar innerhalb von 10 Tagen.", page.Text(".next-step.bank-transfer .note"));
        Assert.DoesNotContain("bank_transfer_instructions", page.Text(), StringComparison.Ordinal);
        Assert.Contains("IBAN DE89370400440532013000", mail.Text(".next-step.bank-transfer"), StringComparison.Ordinal);
        Assert.Contains($"Verwendungszweck {number}", mail.Text(".next-step.bank-transfer"), StringComparison.Ordinal);
        Assert.Equal("Wir schreiben Ihnen, sobald Ihre Bestellung unterwegs ist (DHL Paket).", page.Text(".next-step.delivery p"));
    }

    [Fact]
    public async Task CashOnDeliverySaysWhatToPayTheCourierAndTheFee()
    {
        var (_, shopper) = await ShopperWithRedHatAsync();

        var page = await PlaceAsync(shopper, Berlin, "dhl", "cash-on-delivery");
        var courier = page.Definitions(".next-step.cash-on-delivery dl");

        Assert.Equal("Bei Lieferung bezahlen", page.Text(".next-step.cash-on-delivery h2"));
        Assert.Equal("Bitte bezahlen Sie 29,80 € in bar beim Zusteller, wenn Ihre Bestellung ankommt.", Plain(page.Text(".next-step.cash-on-delivery p")));
        Assert.Equal("29,80 €", Plain(courier["Betrag für den Zusteller"]));
        Assert.Equal("4,90 €", Plain(courier["Nachnahmegebühr (enthalten)"]));
        Assert.DoesNotContain("pay_on_delivery", page.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PickupSaysWhereToCollectTheOrder()
    {
        var (_, shopper) = await ShopperWithRedHatAsync();

        var page = await PlaceAsync(shopper, Berlin, "pickup:berlin", "bank-transfer");
        var pickup = page.Definitions(".next-step.pickup dl");

        Assert.Equal("Bestellung abholen", page.Text(".next-step.pickup h2"));
        Assert.Equal("Bergladen Berlin, Unter den Linden 1, 10117 Berlin", pickup["Wo"]);
        Assert.Contains("sobald wir Ihnen geschrieben haben", pickup["Wann"], StringComparison.Ordinal);
        Assert.Contains(page.Heading().Split(' ')[^1], page.Text(".next-step.pickup p"), StringComparison.Ordinal);
        Assert.False(page.Has(".next-step.delivery"));
    }

    [Fact]
    public async Task CountriesAreNamedAndAddressesWrittenAsTheirCountryWritesThem()
    {
        var (_, german) = await ShopperWithRedHatAsync();
        var (_, american) = await ShopperWithRedHatAsync();

        var berlin = await PlaceAsync(german, Berlin, "dhl", "bank-transfer");
        var newYork = await PlaceAsync(american, new(ShopperSession.NewYork), "dhl", "bank-transfer");

        Assert.Equal("Bestellung " + newYork.Heading().Split(' ')[^1], newYork.Heading());
        Assert.Equal(["Erika Muster", "Unter den Linden 1", "10117 Berlin", "Deutschland"], Lines(berlin, ".order address.shipping-address"));
        Assert.Equal(["Pat Guest", "350 5th Ave", "New York, NY 10118", "Vereinigte Staaten"], Lines(newYork, ".order address.shipping-address"));
    }

    [Fact]
    public async Task TheChosenVariantIsNamedInTheCartOnTheConfirmationPageAndInTheEmail()
    {
        var (store, shopper) = await ShopperWithRedHatAsync();
        var cart = await HtmlPage.GetAsync(shopper.Client, "cart");

        var page = await PlaceAsync(shopper, Berlin, "dhl", "cash-on-delivery");
        var mail = HtmlPage.Parse(await MailAsync(store));

        Assert.Equal(["Mütze — Rot"], cart.Texts("table.cart-lines tbody td:first-child a"));
        Assert.Equal("1 × Mütze — Rot", page.Texts("table.order-lines td")[0]);
        Assert.Equal("1 × Mütze — Rot", mail.Texts("table.order-lines td")[0]);
    }

    private static async Task<(TestTenant Store, ShopperSession Shopper)> ShopperWithRedHatAsync()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        var store = await MultistoreFactory.Shared.CreateTenantFromJsonAsync(Recipe);
        var shopper = new ShopperSession(store);
        var (status, _) = await shopper.CartAsync(new() { ["sku"] = "HAT-RED", ["quantity"] = "1" });
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        return (store, shopper);
    }

    /// <summary>Places the order from the checkout page and returns the confirmation page the shopper is sent to.</summary>
    private static async Task<HtmlPage> PlaceAsync(ShopperSession shopper, Dictionary<string, string> address, string shipping, string payment)
    {
        var (status, html) = await shopper.CheckoutAsync(address, shipping, payment, "place");
        var page = HtmlPage.Parse(html);
        Assert.True(status == System.Net.HttpStatusCode.OK && page.Has("section.order"), $"Placing the order failed: {string.Join(" ", page.Errors())}");
        return page;
    }

    private static async Task<string> MailAsync(TestTenant store)
    {
        await using var scope = await store.ScopeAsync();
        var folder = scope.ServiceProvider.GetRequiredService<MailSender>().PickupFolder;
        return MimeKit.MimeMessage.Load(Assert.Single(Directory.GetFiles(folder, "*.eml"))).HtmlBody ?? "";
    }

    /// <summary>The address's lines, each isolated (<c>bdi</c>) so that "350 5th Ave" keeps its order on a right-to-left page.</summary>
    private static IReadOnlyList<string> Lines(HtmlPage page, string selector) =>
        [.. page.Texts($"{selector} > bdi").Select(l => l.Trim())];

    /// <summary>Money as a reader sees it: the culture's non-breaking space between amount and symbol read as a space.</summary>
    private static string Plain(string text) => text.Replace('\u00a0', ' ');
}
