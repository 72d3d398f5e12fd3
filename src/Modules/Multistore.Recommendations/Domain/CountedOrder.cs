namespace Multistore.Recommendations.Domain;

/// <summary>An order already counted, so an event delivered twice or an order the rebuild already saw is not counted again.</summary>
internal sealed class CountedOrder
{
    public Guid OrderId { get; set; }
    public DateTime CountedUtc { get; set; }
}
