namespace Multistore.Commerce;

/// <summary>A recommended product and why it was chosen (a touchpoint may title its list by the reason).</summary>
public sealed record RecommendedProduct(Guid ProductId, RecommendationReason Reason);
