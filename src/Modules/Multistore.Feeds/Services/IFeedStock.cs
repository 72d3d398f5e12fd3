namespace Multistore.Feeds.Services;

/// <summary>
/// Sellable quantities for a page of the feed; a SKU absent from the answer is not tracked. The feed reads stock
/// through this so that it works on a store without the Inventory feature, where nothing is tracked.
/// </summary>
public interface IFeedStock
{
    Task<IReadOnlyDictionary<string, int>> AvailableAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken);
}
