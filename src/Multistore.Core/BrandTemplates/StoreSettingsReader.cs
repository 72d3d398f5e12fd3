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

        var options = new DbContextOptionsBuilder<ShellDbContext>();
        using var database = new TenantDatabase(shells.ConnectionOf(tenant));
        database.Configure(options, $"__{ShellDbContext.HistoryName}_migrations");
        await using var db = new ShellDbContext(options.Options);
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

        var options = new DbContextOptionsBuilder<ShellDbContext>();
        using var database = new TenantDatabase(shells.ConnectionOf(tenant));
        database.Configure(options, $"__{ShellDbContext.HistoryName}_migrations");
        await using var db = new ShellDbContext(options.Options);
        return await db.Features.AsNoTracking().Select(f => f.FeatureId).ToListAsync(cancellationToken);
    }
}
