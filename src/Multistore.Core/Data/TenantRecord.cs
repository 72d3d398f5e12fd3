using Multistore.Tenancy;

namespace Multistore.Data;

/// <summary>A row of the host database's tenant registry.</summary>
internal sealed class TenantRecord
{
    public string Name { get; set; } = "";
    public TenantState State { get; set; }
    public string Hosts { get; set; } = "";
    public string? UrlPrefix { get; set; }
    public DatabaseProvider DatabaseProvider { get; set; }

    /// <summary>Encrypted with data protection: it may hold a database password.</summary>
    public string? ProtectedConnectionString { get; set; }

    public string? Schema { get; set; }
    public string? Region { get; set; }
    public string? Tier { get; set; }
    public string? RecipeName { get; set; }
    public string? FeatureProfile { get; set; }
    public string? Template { get; set; }
    public long Version { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
