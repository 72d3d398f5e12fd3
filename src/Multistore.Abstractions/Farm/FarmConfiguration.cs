namespace Multistore.Farm;

/// <summary>The host configuration keys that make a node part of a farm, read by the engine and by modules alike.</summary>
public static class FarmConfiguration
{
    /// <summary>
    /// The farm's Redis (a StackExchange.Redis configuration string): the rate limits count in it across the nodes
    /// (<see cref="IFarmRateLimits"/>) and SignalR's backplane relays live updates through it.
    /// </summary>
    public const string Redis = "Multistore:Redis";
}
