namespace Multistore.Commerce.Testing;

/// <summary>The SKUs of the products the fixed recommender names, in order (settings group <c>TestRecommendations</c>).</summary>
public sealed class FixedRecommendationSettings
{
    public List<string> Skus { get; set; } = [];
}
