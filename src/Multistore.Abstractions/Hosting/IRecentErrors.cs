namespace Multistore.Hosting;

/// <summary>
/// The last errors logged while serving a tenant, newest first, as the engine keeps them in memory on this node.
/// A contract so the diagnostics admin page can list them without reaching into the engine's logger sink.
/// </summary>
public interface IRecentErrors
{
    /// <summary>How many errors are kept per tenant; older ones are dropped.</summary>
    const int PerTenant = 100;

    IReadOnlyList<RecentError> Of(string tenant);
}
