using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Multistore.Commerce;
using Multistore.Tax.Settings;

namespace Multistore.Tax.Services;

/// <summary>The store's rate table for one country, for feeds that list tax beside a price.</summary>
internal sealed class TaxRateTableReader(TaxDbContext db, IOptions<TaxSettings> settings) : ITaxRateTable
{
    public bool PricesIncludeTax => settings.Value.PricesIncludeTax;

    public async Task<IReadOnlyList<RegionalTaxRate>> RatesAsync(string country, CancellationToken cancellationToken)
    {
        var code = country.Trim().ToUpperInvariant();
        var rates = await db.Rates.AsNoTracking().Where(r => r.Country == code).ToListAsync(cancellationToken);
        return [.. rates.OrderBy(r => r.Region, StringComparer.Ordinal).ThenBy(r => r.TaxClass, StringComparer.Ordinal)
            .Select(r => new RegionalTaxRate(r.Country, r.Region, r.TaxClass, r.Rate, r.AppliesToShipping))];
    }
}
