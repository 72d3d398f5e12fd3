using Multistore.Catalog.Services;

namespace Multistore.Recommendations.Theming;

/// <summary>
/// What the <c>recommendations</c> filter gives a template: products bought together with the page's product(s),
/// and the others (alike or popular), each as the <c>product-card</c> partial reads it.
/// </summary>
public sealed record RecommendationsView(IReadOnlyList<ProductCard> BoughtTogether, IReadOnlyList<ProductCard> Others)
{
    public bool Any => BoughtTogether.Count + Others.Count > 0;
}
