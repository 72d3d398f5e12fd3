using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Multistore.Data;

namespace Multistore.BrandTemplates;

/// <summary>Reads and writes brand templates in the host database, so every node and the command line see the same ones.</summary>
internal sealed class BrandTemplateStore(IDbContextFactory<HostDbContext> contexts)
{
    public async Task<IReadOnlyDictionary<string, BrandTemplate>> AllAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.BrandTemplates.AsNoTracking().ToListAsync(cancellationToken);
        return records.Select(ToTemplate).ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
    }

    public async Task<BrandTemplate?> FindAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.BrandTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Name == name, cancellationToken);
        return record is null ? null : ToTemplate(record);
    }

    /// <summary>The chain a store naming <paramref name="template"/> inherits from; none for null.</summary>
    public async Task<TemplateChain> ChainAsync(string? template, CancellationToken cancellationToken)
    {
        if (template is null)
        {
            return TemplateChain.None;
        }

        return TemplateChain.Resolve(template, await AllAsync(cancellationToken), out var error)
            ?? throw new InvalidOperationException(error);
    }

    /// <summary>Inserts (version 0) or updates (the version it was read at); returns the stored template.</summary>
    public async Task<BrandTemplate> SaveAsync(BrandTemplate template, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.BrandTemplates.SingleOrDefaultAsync(t => t.Name == template.Name, cancellationToken);
        if (record is null)
        {
            record = new BrandTemplateRecord { Name = template.Name, Version = 1 };
            db.BrandTemplates.Add(record);
        }
        else
        {
            if (template.Version != 0 && record.Version != template.Version)
            {
                throw new DbUpdateConcurrencyException($"Template '{template.Name}' was changed by someone else (version {record.Version}, not {template.Version}).");
            }

            record.Version++;
        }

        record.Parent = template.Parent;
        record.Description = template.Description;
        record.FeaturesJson = JsonSerializer.Serialize(template.Features);
        record.SettingsJson = JsonSerializer.Serialize(template.Settings);
        record.UpdatedUtc = DateTime.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        return ToTemplate(record);
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.BrandTemplates.Where(t => t.Name == name).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private static BrandTemplate ToTemplate(BrandTemplateRecord record) => new()
    {
        Name = record.Name,
        Parent = record.Parent,
        Description = record.Description,
        Features = JsonSerializer.Deserialize<List<string>>(record.FeaturesJson) ?? [],
        Settings = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(record.SettingsJson) ?? [],
        Version = record.Version,
        UpdatedUtc = new DateTimeOffset(DateTime.SpecifyKind(record.UpdatedUtc, DateTimeKind.Utc)),
    };
}
