namespace Multistore.Commerce;

/// <summary>
/// The store's tax rates as a marketplace lists them beside a price (Google's <c>tax</c> attribute for US sales tax):
/// every rate of one country, per region and tax class. Published by a tax module that keeps rate tables (the Tax
/// module's rules); an external tax service has none, and a feed then says nothing about tax.
/// </summary>
public interface ITaxRateTable
{
    /// <summary>Whether the store's prices already include tax (EU-style VAT), as its tax settings say.</summary>
    bool PricesIncludeTax { get; }

    /// <summary>The rates of <paramref name="country"/> (ISO 3166-1 alpha-2): the whole country's (empty region) and each region's.</summary>
    Task<IReadOnlyList<RegionalTaxRate>> RatesAsync(string country, CancellationToken cancellationToken);
}
