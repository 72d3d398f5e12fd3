using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Multistore.Data;
using Multistore.Shells;
using Multistore.Tenancy;

namespace Multistore.BrandTemplates;

/// <summary>
/// Reads the settings a store sets itself (not what it inherits) straight from its database, without building
/// its shell: what the template editor needs to tell which stores override a value.
/// </summary>
internal sealed class StoreSettingsReader(ShellContextFactory shells)
{
    public async Task<IReadOnlyDictionary<string, JsonElement>> ReadAsync(TenantSettings tenant, CancellationToken cancellationToken)
    {
        if (tenant.State is not (TenantState.Running or TenantState.Disabled))
        {
            // Never set up: no database to read, and opening a SQLite file would create one.
            return new Dictionary<string, JsonElement>();
        }

        await using var db = Open(tenant);
        var documents = await db.Settings.AsNoTracking().ToListAsync(cancellationToken);
        return documents.ToDictionary(d => d.Group, d => JsonDocument.Parse(d.Json).RootElement.Clone(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The features the store enabled itself (with the dependencies that came along), not those its templates give.</summary>
    public async Task<IReadOnlyList<string>> ReadFeaturesAsync(TenantSettings tenant, CancellationToken cancellationToken)
    {
        if (tenant.State is not (TenantState.Running or TenantState.Disabled))
        {
            return [];
        }

        await using var db = Open(tenant);
        return await db.Features.AsNoTracking().Select(f => f.FeatureId).ToListAsync(cancellationToken);
    }

    private ShellDbContext Open(TenantSettings tenant)
    {
        var options = new DbContextOptionsBuilder<ShellDbContext>();
        new TenantDatabase(shells.ConnectionOf(tenant).Unpooled()).Configure(options, $"__{ShellDbContext.HistoryName}_migrations");
        return new ShellDbContext(options.Options);
    }
}
