using System.Collections.Concurrent;

namespace Multistore.Commerce.Testing;

/// <summary>What the test "gateway" was asked, keyed by idempotency key, as a real gateway would keep it.</summary>
public static class ChargeLedger
{
    public static ConcurrentDictionary<string, int> StartCalls { get; } = new();

    public static ConcurrentDictionary<string, decimal> Charged { get; } = new();

    public static ConcurrentDictionary<string, decimal> Refunded { get; } = new();

    /// <summary>
    /// Calls held at the gateway ("hold" in the e-mail), by e-mail: <c>Arrived</c> gives the payment's idempotency
    /// key when the first call reaches the gateway, which answers that call once <c>Release</c> is set (later calls at once).
    /// </summary>
    public static (TaskCompletionSource<string> Arrived, TaskCompletionSource Release) Hold(string email) =>
        Held.GetOrAdd(email, _ => (new(TaskCreationOptions.RunContinuationsAsynchronously), new(TaskCreationOptions.RunContinuationsAsynchronously)));

    private static ConcurrentDictionary<string, (TaskCompletionSource<string> Arrived, TaskCompletionSource Release)> Held { get; } = new();
}
