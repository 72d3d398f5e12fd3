namespace Multistore.Recommendations.Domain;

/// <summary>How many orders of this store held both products; kept for each direction, so a product's row list is one index range.</summary>
internal sealed class BoughtTogetherPair
{
    public Guid ProductId { get; set; }
    public Guid OtherProductId { get; set; }
    public int Orders { get; set; }
}
