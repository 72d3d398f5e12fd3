namespace Multistore.Tenancy;

/// <summary>
/// One tenant's entry in the registry: who it is, where it answers and where its data lives.
/// Immutable: a change makes a new instance with a new <see cref="Version"/>.
/// </summary>
public sealed record TenantSettings
{
    public const string DefaultName = "Default";

    public required string Name { get; init; }
    public TenantState State { get; init; } = TenantState.Uninitialized;

    /// <summary>Host names, each optionally with a port; <c>*.example.com</c> matches any sub-domain.</summary>
    public IReadOnlyList<string> Hosts { get; init; } = [];

    /// <summary>One path segment (without slashes) the tenant answers under, or null.</summary>
    public string? UrlPrefix { get; init; }

    public DatabaseProvider DatabaseProvider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>Null on SQLite means the file under App_Data/Sites/{name}/.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>On PostgreSQL, a schema of its own in a shared database; null means a database of its own.</summary>
    public string? Schema { get; init; }

    /// <summary>The region (Multistore:Regions) the store was created in, or null for the host's default database.</summary>
    public string? Region { get; init; }

    /// <summary>The isolation tier (<see cref="TenantTiers"/>) recorded at creation; null for stores older than tiers.</summary>
    public string? Tier { get; init; }

    public string? RecipeName { get; init; }
    public string? FeatureProfile { get; init; }

    /// <summary>The brand template the store inherits unset configuration from, or null.</summary>
    public string? Template { get; init; }

    /// <summary>Raised on every change, so other nodes and caches can tell a stale copy.</summary>
    public long Version { get; init; } = 1;

    public DateTimeOffset CreatedUtc { get; init; }
    public DateTimeOffset UpdatedUtc { get; init; }

    public bool IsDefault => string.Equals(Name, DefaultName, StringComparison.OrdinalIgnoreCase);
}
