namespace Multistore.Health;

/// <summary>
/// A module's answer to "can this store serve?": runs, in the store's request scope, the same read the module's
/// pages run on every request (a price lookup, a catalog page) and throws when it cannot. The store's health
/// endpoint runs every probe; a store whose database answers but whose reads fail is not healthy.
/// </summary>
public interface IStoreHealthProbe
{
    /// <summary>The check's name in the health report.</summary>
    string Name { get; }

    Task ProbeAsync(CancellationToken cancellationToken);
}
