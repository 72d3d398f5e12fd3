using Multistore.Commerce;
using Multistore.Pricing.Services;

namespace Multistore.Modules.Tests.Cart.Services;

/// <summary>Today's prices in one currency, changeable between two looks at a cart.</summary>
public sealed class PricesOfSkus(string storeCurrency) : IPriceService
{
    private readonly Dictionary<string, decimal> _amounts = new(StringComparer.OrdinalIgnoreCase);

    public decimal this[string sku]
    {
        set => _amounts[sku] = value;
    }

    public void Remove(string sku) => _amounts.Remove(sku);

    public Task<IReadOnlyDictionary<string, SkuPrice>> GetPricesAsync(IReadOnlyCollection<string> skus, string currency, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, SkuPrice>>(skus.Where(_amounts.ContainsKey).Distinct(StringComparer.OrdinalIgnoreCase)
            .ToDictionary(s => s, s => new SkuPrice(s, new Money(_amounts[s], storeCurrency), null), StringComparer.OrdinalIgnoreCase));

    public Task<IReadOnlyDictionary<string, SkuPrice>> GetPricesAtAsync(IReadOnlyCollection<string> skus, string currency, DateTime atUtc, CancellationToken cancellationToken) =>
        GetPricesAsync(skus, currency, cancellationToken);

    public Task<IReadOnlyList<string>> CurrenciesAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>([storeCurrency]);
}
