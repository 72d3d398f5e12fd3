namespace Multistore.Tenants;

/// <summary>What an API key (or a host admin user) may do with tenants.</summary>
public static class TenantsPermissions
{
    /// <summary>List tenants, read one, export its configuration.</summary>
    public const string View = "tenants.view";

    /// <summary>Create, set up, edit, enable, disable and remove tenants.</summary>
    public const string Manage = "tenants.manage";

    /// <summary>Feature profiles and feature rollouts across tenants.</summary>
    public const string Features = "tenants.features";

    /// <summary>Issue and revoke API keys.</summary>
    public const string ApiKeys = "tenants.apikeys";

    /// <summary>Scrape the node's metrics (<c>/metrics</c>, Prometheus text), every series labelled by store.</summary>
    public const string MetricsView = "metrics.view";

    public static IReadOnlyList<string> All { get; } = [View, Manage, Features, ApiKeys, MetricsView];
}
