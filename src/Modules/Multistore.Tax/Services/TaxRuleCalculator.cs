using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Multistore.Commerce;
using Multistore.Tax.Domain;
using Multistore.Tax.Settings;

namespace Multistore.Tax.Services;

/// <summary>
/// Tax from the store's rate table for the ship-to country, or its region when the region has rates of its
/// own (US states). Each line's tax is rounded to the currency's minor unit, and the total is their sum, so
/// the receipt adds up.
/// </summary>
internal sealed class TaxRuleCalculator(TaxDbContext db, IOptions<TaxSettings> settings) : ITaxCalculator
{
    public bool PricesIncludeTax => settings.Value.PricesIncludeTax;

    public async Task<TaxResult> CalculateAsync(TaxRequest request, CancellationToken cancellationToken)
    {
        var rates = await RatesForAsync(request.ShipTo, cancellationToken);
        var currency = request.Currency;
        var lines = request.Lines.Select(line => Tax(line.LineTotal.Amount, TaxRateTable.ForClass(rates, line.TaxClass), request.PricesIncludeTax, currency)).ToList();
        var shippingRate = rates.FirstOrDefault(r => r.AppliesToShipping);
        var shipping = Tax(request.Shipping.Amount, shippingRate, request.PricesIncludeTax, currency);

        var breakdown = lines.Append(shipping)
            .Where(t => t.Rate is not null && t.Amount != 0)
            .GroupBy(t => (t.Rate!.Name, t.Rate.Rate))
            .Select(g => new TaxBreakdown(g.Key.Name, g.Key.Rate, new Money(g.Sum(t => t.Amount), currency)))
            .ToList();
        var total = lines.Sum(t => t.Amount) + shipping.Amount;
        return new TaxResult([.. lines.Select(t => new Money(t.Amount, currency))], new Money(shipping.Amount, currency), new Money(total, currency), request.PricesIncludeTax, breakdown);
    }

    private async Task<IReadOnlyList<TaxRate>> RatesForAsync(Address shipTo, CancellationToken cancellationToken)
    {
        var country = shipTo.Country.Trim().ToUpperInvariant();
        var region = (shipTo.Region ?? "").Trim().ToUpperInvariant();
        var rates = await db.Rates.AsNoTracking().Where(r => r.Country == country).ToListAsync(cancellationToken);
        var regional = rates.Where(r => r.Region == region && region.Length > 0).ToList();
        return regional.Count > 0 ? regional : [.. rates.Where(r => r.Region.Length == 0)];
    }

    private static (decimal Amount, TaxRate? Rate) Tax(decimal amount, TaxRate? rate, bool included, string currency)
    {
        if (rate is null || rate.Rate == 0)
        {
            return (0m, rate);
        }

        var tax = included ? amount * rate.Rate / (100m + rate.Rate) : amount * rate.Rate / 100m;
        return (Currency.Round(tax, currency), rate);
    }
}
