using Microsoft.Extensions.DependencyInjection;
using Multistore.Commerce;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Payments;

public sealed class RegionProviderRecipeTests
{
    private static async Task<(IReadOnlyList<string> Methods, TaxResult Tax, IReadOnlyList<ShippingQuote> Quotes)> ProvidersOfAsync(string recipe, string currency, Address shipTo, decimal price)
    {
        var tenant = await MultistoreFactory.Shared.CreateTenantAsync(recipe);
        await using var scope = await tenant.ScopeAsync();
        var services = scope.ServiceProvider;
        var amount = new Money(price, currency);
        var methods = services.GetServices<IPaymentProvider>().Select(p => p.Offer(amount, isSignedIn: true, isBusinessCustomer: true)).OfType<PaymentMethod>().Select(m => m.Code).Order(StringComparer.Ordinal).ToList();
        var calculator = services.GetRequiredService<ITaxCalculator>();
        var tax = await calculator.CalculateAsync(new TaxRequest([new TaxableLine("X", "standard", 1, amount)], Money.Zero(currency), shipTo, calculator.PricesIncludeTax, currency), CancellationToken.None);
        var quotes = new List<ShippingQuote>();
        foreach (var provider in services.GetServices<IShippingRateProvider>())
        {
            quotes.AddRange(await provider.QuoteAsync(new ShippingRequest(shipTo, amount, 1m, Touchpoints.Web), CancellationToken.None));
        }

        return (methods, tax, quotes);
    }

    [Fact]
    public async Task NordicSwedenHasSwedishVatInvoiceAndBankTransferAndPostNord()
    {
        var (methods, tax, quotes) = await ProvidersOfAsync("nordic-se", "SEK", new Address { Country = "SE" }, 500m);

        Assert.Equal(["bank-transfer", "invoice"], methods);
        Assert.True(tax.Included);
        Assert.Equal(new Money(100m, "SEK"), tax.Total);
        Assert.Equal(new Money(0m, "SEK"), quotes.Single(q => q.Code == "postnord").Price);
    }

    [Fact]
    public async Task NordicGermanyHasGermanVatCashOnDeliveryAndAnEuZone()
    {
        var (methods, tax, _) = await ProvidersOfAsync("nordic-de", "EUR", new Address { Country = "DE" }, 119m);
        var (_, _, toAustria) = await ProvidersOfAsync("nordic-de", "EUR", new Address { Country = "AT" }, 40m);

        Assert.Equal(["bank-transfer", "cash-on-delivery"], methods);
        Assert.Equal(new Money(19m, "EUR"), tax.Total);
        Assert.Equal(new Money(14.9m, "EUR"), Assert.Single(toAustria).Price);
    }

    [Fact]
    public async Task OutletUsaTakesCashOnDeliveryUntilStripeKeysAreSetAddsNewYorkSalesTaxAndShipsFreeAboveOneHundredDollars()
    {
        var (methods, tax, quotes) = await ProvidersOfAsync("outlet-us", "USD", new Address { Country = "US", Region = "NY" }, 120m);

        Assert.Equal(["cash-on-delivery"], methods);
        Assert.False(tax.Included);
        Assert.Equal(new Money(10.65m, "USD"), tax.Total);
        Assert.Equal(new Money(0m, "USD"), quotes.Single(q => q.Code == "ground").Price);
        Assert.Equal(new Money(19.95m, "USD"), quotes.Single(q => q.Code == "freight").Price);
    }
}
