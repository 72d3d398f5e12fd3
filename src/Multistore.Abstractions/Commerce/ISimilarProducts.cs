namespace Multistore.Commerce;

/// <summary>
/// What the store's search index says about products, for modules that suggest them without reaching into the
/// Search module: products whose text is alike (Lucene MoreLikeThis in one culture's index) and the newest ones.
/// The Search module registers it when its feature is on. Answers are product ids as indexed (active products);
/// the caller still checks price and stock. Empty while the index is not built yet.
/// </summary>
public interface ISimilarProducts
{
    /// <summary>Up to <paramref name="count"/> products most like <paramref name="productIds"/> in <paramref name="culture"/>, best first, none of them.</summary>
    Task<IReadOnlyList<Guid>> LikeAsync(IReadOnlyCollection<Guid> productIds, string culture, int count, CancellationToken cancellationToken);

    /// <summary>The <paramref name="count"/> most recently created products of the index of <paramref name="culture"/>, newest first.</summary>
    Task<IReadOnlyList<Guid>> NewestAsync(string culture, int count, CancellationToken cancellationToken);
}
