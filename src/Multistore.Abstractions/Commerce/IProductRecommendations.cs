namespace Multistore.Commerce;

/// <summary>
/// Products to show beside a product or a cart, so that every touchpoint (web page, app, kiosk) recommends the same
/// thing from one place. The Recommendations module registers it when its feature is enabled on a store; a touchpoint
/// that finds no implementation shows no recommendations (and the API answers that the feature is off).
/// Every product returned is active and sellable in this store, never one of the products asked about.
/// </summary>
public interface IProductRecommendations
{
    /// <summary>Up to <paramref name="count"/> products for the page of <paramref name="productId"/>, best first.</summary>
    Task<IReadOnlyList<RecommendedProduct>> ForProductAsync(Guid productId, string culture, int count, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="count"/> products for a cart holding <paramref name="skus"/>, best first.</summary>
    Task<IReadOnlyList<RecommendedProduct>> ForCartAsync(IReadOnlyCollection<string> skus, string culture, int count, CancellationToken cancellationToken);
}
