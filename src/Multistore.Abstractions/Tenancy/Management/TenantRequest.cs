namespace Multistore.Tenancy.Management;

/// <summary>What any door (admin, API, command line, configuration) asks for when it registers a tenant.</summary>
public sealed record TenantRequest
{
    public required string Name { get; init; }
    public IReadOnlyList<string> Hosts { get; init; } = [];
    public string? UrlPrefix { get; init; }
    public DatabaseProvider? DatabaseProvider { get; init; }
    public string? ConnectionString { get; init; }
    public string? Schema { get; init; }

    /// <summary>The region (Multistore:Regions) whose servers hold the store; with <see cref="Tier"/>, instead of a connection string.</summary>
    public string? Region { get; init; }

    /// <summary>The isolation tier (<see cref="TenantTiers"/>): sqlite, schema, database or server.</summary>
    public string? Tier { get; init; }
    public string? RecipeName { get; init; }
    public string? FeatureProfile { get; init; }

    /// <summary>The brand template the store inherits from, or null.</summary>
    public string? Template { get; init; }

    /// <summary>Says that a wildcard host may cover other stores' host names (it then answers for every unknown name beside them).</summary>
    public bool AllowWildcard { get; init; }
}
