namespace Multistore.Recommendations.Services;

/// <summary>A store without Inventory tracks no stock: everything can be sold.</summary>
internal sealed class UntrackedStock : IRecommendationStock
{
    public Task<IReadOnlySet<string>> SellableAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(skus.ToHashSet(StringComparer.OrdinalIgnoreCase));
}
