using System.Collections.Concurrent;

namespace Multistore.Commerce.Testing;

/// <summary>What the test "gateway" was asked, keyed by idempotency key, as a real gateway would keep it.</summary>
public static class ChargeLedger
{
    public static ConcurrentDictionary<string, int> StartCalls { get; } = new();

    public static ConcurrentDictionary<string, decimal> Charged { get; } = new();

    public static ConcurrentDictionary<string, decimal> Refunded { get; } = new();
}
