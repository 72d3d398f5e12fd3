using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Multistore.Data;

namespace Multistore.Tenancy;

/// <summary>Reads and writes feature profiles in the host database, so every node and the command line see the same ones.</summary>
internal sealed class FeatureProfileStore(IDbContextFactory<HostDbContext> contexts)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<IReadOnlyList<FeatureProfile>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.FeatureProfiles.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);
        return [.. records.Select(ToProfile)];
    }

    public async Task<FeatureProfile?> FindAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.FeatureProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.Name == name, cancellationToken);
        return record is null ? null : ToProfile(record);
    }

    public async Task SaveAsync(FeatureProfile profile, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.FeatureProfiles.SingleOrDefaultAsync(p => p.Name == profile.Name, cancellationToken);
        if (record is null)
        {
            record = new FeatureProfileRecord { Name = profile.Name };
            db.FeatureProfiles.Add(record);
        }

        record.Description = profile.Description;
        record.RulesJson = JsonSerializer.Serialize(profile.Rules, Json);
        record.UpdatedUtc = DateTime.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.FeatureProfiles.Where(p => p.Name == name).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private static FeatureProfile ToProfile(FeatureProfileRecord record) =>
        new(record.Name, record.Description, JsonSerializer.Deserialize<List<FeatureProfileRule>>(record.RulesJson, Json) ?? []);
}
