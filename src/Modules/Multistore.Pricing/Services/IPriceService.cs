namespace Multistore.Pricing.Services;

/// <summary>Prices of SKUs in a currency, from that currency's default price list, with scheduled prices applied.</summary>
public interface IPriceService
{
    Task<IReadOnlyDictionary<string, SkuPrice>> GetPricesAsync(IReadOnlyCollection<string> skus, string currency, CancellationToken cancellationToken);

    /// <summary>The prices as they are (or will be) at <paramref name="atUtc"/>.</summary>
    Task<IReadOnlyDictionary<string, SkuPrice>> GetPricesAtAsync(IReadOnlyCollection<string> skus, string currency, DateTime atUtc, CancellationToken cancellationToken);

    /// <summary>The currencies the store has a default price list in.</summary>
    Task<IReadOnlyList<string>> CurrenciesAsync(CancellationToken cancellationToken);
}
