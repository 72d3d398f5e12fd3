namespace Multistore.Commerce.Testing;

/// <summary>Standard 4.90 (free from 100) and express 9.90, in the cart's currency.</summary>
public sealed class TestShippingRates : IShippingRateProvider
{
    public Task<IReadOnlyList<ShippingQuote>> QuoteAsync(ShippingRequest request, CancellationToken cancellationToken)
    {
        var currency = request.Subtotal.Currency;
        IReadOnlyList<ShippingQuote> quotes =
        [
            new("standard", "Standard", new Money(request.Subtotal.Amount >= 100m ? 0m : 4.90m, currency)),
            new("express", "Express", new Money(9.90m, currency)),
        ];
        return Task.FromResult(quotes);
    }
}
