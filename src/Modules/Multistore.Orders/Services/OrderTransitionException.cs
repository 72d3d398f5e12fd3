namespace Multistore.Orders.Services;

/// <summary>A status change or refund the order's state does not allow; the message says why.</summary>
public sealed class OrderTransitionException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
