namespace Multistore.Commerce;

/// <summary>Where a recommendation comes from, strongest signal first.</summary>
public enum RecommendationReason
{
    /// <summary>Shoppers of this store bought it in the same order.</summary>
    BoughtTogether,

    /// <summary>The catalog's text says it is alike (same words, category, attributes).</summary>
    Similar,

    /// <summary>Among the store's best sellers: the fallback for a new store or a product with no history.</summary>
    Popular,
}
