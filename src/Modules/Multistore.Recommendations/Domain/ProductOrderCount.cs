namespace Multistore.Recommendations.Domain;

/// <summary>How many orders of this store held the product: the best sellers.</summary>
internal sealed class ProductOrderCount
{
    public Guid ProductId { get; set; }
    public int Orders { get; set; }
}
