using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Checkout.Services;
using Multistore.Inventory.Services;
using Multistore.Orders.Services;

namespace Multistore.Integration.Tests.Shop;

[Collection(CommerceStore.Collection)]
public sealed class ShopperLanguageTests
{
    private const string OfflinePayments = """
        { "name": "features", "enable": [ "Multistore.Payments.BankTransfer", "Multistore.Payments.CashOnDelivery" ] },
        { "name": "payments", "bankTransfer": { "accountHolder": "Testladen GmbH", "iban": "DE89 3704 0044 0532 0130 00" }, "cashOnDelivery": { "fee": 4.9 } }
        """;

    private static void Speak(string culture) => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

    [Theory]
    [InlineData("de-DE", "Überweisung (Vorkasse)", "Nachnahme")]
    [InlineData("sv-SE", "Banköverföring", "Postförskott")]
    [InlineData("en-US", "Bank transfer", "Cash on delivery")]
    public async Task PaymentMethodsAreNamedInTheShoppersLanguage(string culture, string bankTransfer, string cashOnDelivery)
    {
        var store = await CommerceStore.CreateAsync(OfflinePayments);
        var cart = await store.CartWithAsync(("LAMP", 1));

        var names = await store.WithAsync(async s =>
        {
            Speak(culture);
            var methods = await s.GetRequiredService<ICheckoutService>().PaymentMethodsAsync(cart.Id, null, CancellationToken.None);
            return methods!.ToDictionary(m => m.Code, m => m.Name);
        });

        Assert.Equal(bankTransfer, names["bank-transfer"]);
        Assert.Equal(cashOnDelivery, names["cash-on-delivery"]);
    }

    [Theory]
    [InlineData("de-DE", "Nur noch 10 × Seltenes Stück verfügbar (Sie wollten 12).", "Seltenes Stück ist ausverkauft (Sie wollten 1).")]
    [InlineData("sv-SE", "Endast 10 st. Seltenes Stück kvar (du ville ha 12).", "Seltenes Stück är slutsåld (du ville ha 1).")]
    [InlineData("en-US", "Only 10 of Seltenes Stück left (you asked for 12).", "Seltenes Stück is sold out (you asked for 1).")]
    public async Task StockThatRanOutDuringCheckoutIsExplainedInTheShoppersLanguage(string culture, string fewerLeft, string soldOut)
    {
        var store = await CommerceStore.CreateAsync();

        var messages = await store.WithAsync(async s =>
        {
            Speak(culture);
            var holds = s.GetRequiredService<CheckoutHolds>();
            var tooMany = await Assert.ThrowsAsync<CheckoutValidationException>(() => holds.HoldStockAsync(OrderOf(12), CancellationToken.None));
            await s.GetRequiredService<IStockReservations>().ReserveAsync("other-shopper", [new ReservationRequest("RARE", 10)], DateTime.UtcNow.AddMinutes(5), CancellationToken.None);
            var none = await Assert.ThrowsAsync<CheckoutValidationException>(() => holds.HoldStockAsync(OrderOf(1), CancellationToken.None));
            return (tooMany, none);
        });

        Assert.Equal("lines", messages.tooMany.Field);
        Assert.Equal(fewerLeft, messages.tooMany.Message);
        Assert.Equal(soldOut, messages.none.Message);
    }

    private static NewOrder OrderOf(int quantity) => new()
    {
        ReservationReference = "language-" + Guid.NewGuid(),
        Lines = [new NewOrderLine("RARE", "Seltenes Stück", quantity, 0m, "", 0m, 0m, 0m)],
    };
}
