namespace Multistore.Recommendations.Services;

/// <summary>Which SKUs can be sold now; without the Inventory feature every SKU can (stock is not tracked).</summary>
internal interface IRecommendationStock
{
    /// <summary>The SKUs of <paramref name="skus"/> that can be sold now.</summary>
    Task<IReadOnlySet<string>> SellableAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken);
}
