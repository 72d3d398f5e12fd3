namespace Multistore.Pricing.Services;

/// <summary>Prices of SKUs in a currency, from that currency's default price list.</summary>
public interface IPriceService
{
    Task<IReadOnlyDictionary<string, SkuPrice>> GetPricesAsync(IReadOnlyCollection<string> skus, string currency, CancellationToken cancellationToken);
}
