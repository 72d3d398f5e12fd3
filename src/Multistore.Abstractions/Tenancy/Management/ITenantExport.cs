using System.Text.Json.Nodes;

namespace Multistore.Tenancy.Management;

/// <summary>A running tenant's configuration (and optionally its content) as a recipe another store can be made from; secrets are left out.</summary>
public interface ITenantExport
{
    Task<JsonObject> ExportAsync(string name, bool includeContent, CancellationToken cancellationToken);
}
