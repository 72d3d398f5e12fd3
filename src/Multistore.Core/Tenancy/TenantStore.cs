using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Multistore.Data;

namespace Multistore.Tenancy;

/// <summary>Reads and writes the tenant registry in the host database.</summary>
internal sealed class TenantStore(IDbContextFactory<HostDbContext> contexts, IDataProtectionProvider dataProtection)
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("Multistore.Tenants.ConnectionString");

    public async Task<IReadOnlyList<TenantSettings>> LoadAllAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.Tenants.AsNoTracking().ToListAsync(cancellationToken);
        return [.. records.Select(ToSettings)];
    }

    public async Task<TenantSettings?> FindAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Name == name, cancellationToken);
        return record is null ? null : ToSettings(record);
    }

    /// <summary>
    /// Inserts or updates; an update must carry the version it was read at, so two writers never
    /// overwrite each other silently. Returns the stored settings with the new version.
    /// </summary>
    public async Task<TenantSettings> SaveAsync(TenantSettings tenant, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = DateTime.UtcNow;
        var record = await db.Tenants.SingleOrDefaultAsync(t => t.Name == tenant.Name, cancellationToken);
        if (record is null)
        {
            record = new TenantRecord { Name = tenant.Name, CreatedUtc = now, Version = 1 };
            db.Tenants.Add(record);
        }
        else
        {
            if (record.Version != tenant.Version)
            {
                throw new DbUpdateConcurrencyException($"Tenant '{tenant.Name}' was changed by someone else (version {record.Version}, not {tenant.Version}).");
            }

            record.Version = tenant.Version + 1;
        }

        record.State = tenant.State;
        record.Hosts = string.Join('\n', tenant.Hosts);
        record.UrlPrefix = tenant.UrlPrefix;
        record.DatabaseProvider = tenant.DatabaseProvider;
        record.ProtectedConnectionString = tenant.ConnectionString is null ? null : _protector.Protect(tenant.ConnectionString);
        record.Schema = tenant.Schema;
        record.Region = tenant.Region;
        record.Tier = tenant.Tier;
        record.RecipeName = tenant.RecipeName;
        record.FeatureProfile = tenant.FeatureProfile;
        record.Template = tenant.Template;
        record.UpdatedUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        await NotifyAsync(db, tenant.Name, cancellationToken);
        return ToSettings(record);
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deleted = await db.Tenants.Where(t => t.Name == name).ExecuteDeleteAsync(cancellationToken) > 0;
        await NotifyAsync(db, name, cancellationToken);
        return deleted;
    }

    /// <summary>
    /// Moves the version of the named tenants without changing them, so every node releases their shells and
    /// rebuilds them with what they inherit (a brand template changed). One statement, however many stores.
    /// </summary>
    public async Task TouchAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        if (names.Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = DateTime.UtcNow;
        await db.Tenants.Where(t => names.Contains(t.Name))
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.Version, t => t.Version + 1).SetProperty(t => t.UpdatedUtc, now), cancellationToken);
        foreach (var name in names)
        {
            await NotifyAsync(db, name, cancellationToken);
        }
    }

    /// <summary>A stamp of the whole registry: cheap to poll, so a process or node can tell that another one changed a tenant.</summary>
    public async Task<TenantStamp> StampAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stamp = await db.Tenants.GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Sum = g.Sum(t => t.Version), Last = g.Max(t => t.UpdatedUtc) })
            .SingleOrDefaultAsync(cancellationToken);
        return stamp is null ? new TenantStamp(0, 0, default) : new TenantStamp(stamp.Count, stamp.Sum, stamp.Last);
    }

    /// <summary>On PostgreSQL, tells every listening node that the registry changed (see TenantChangeWatcher).</summary>
    private static async Task NotifyAsync(HostDbContext db, string name, CancellationToken cancellationToken)
    {
        if (db.Database.ProviderName == TenantStamp.NpgsqlProvider)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({TenantStamp.Channel}, {name})", cancellationToken);
        }
    }

    private TenantSettings ToSettings(TenantRecord record) => new()
    {
        Name = record.Name,
        State = record.State,
        Hosts = record.Hosts.Split('\n', StringSplitOptions.RemoveEmptyEntries),
        UrlPrefix = record.UrlPrefix,
        DatabaseProvider = record.DatabaseProvider,
        ConnectionString = record.ProtectedConnectionString is null ? null : _protector.Unprotect(record.ProtectedConnectionString),
        Schema = record.Schema,
        Region = record.Region,
        Tier = record.Tier,
        RecipeName = record.RecipeName,
        FeatureProfile = record.FeatureProfile,
        Template = record.Template,
        Version = record.Version,
        CreatedUtc = new DateTimeOffset(DateTime.SpecifyKind(record.CreatedUtc, DateTimeKind.Utc)),
        UpdatedUtc = new DateTimeOffset(DateTime.SpecifyKind(record.UpdatedUtc, DateTimeKind.Utc)),
    };
}
