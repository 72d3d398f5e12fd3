using Multistore.Tenancy;

namespace Multistore.Setup;

/// <summary>What any door (admin, API, command line, configuration) asks for when it registers a tenant.</summary>
public sealed record TenantRequest
{
    public required string Name { get; init; }
    public IReadOnlyList<string> Hosts { get; init; } = [];
    public string? UrlPrefix { get; init; }
    public DatabaseProvider? DatabaseProvider { get; init; }
    public string? ConnectionString { get; init; }
    public string? Schema { get; init; }
    public string? RecipeName { get; init; }
    public string? FeatureProfile { get; init; }
}
