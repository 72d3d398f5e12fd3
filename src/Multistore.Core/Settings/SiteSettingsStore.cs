using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Multistore.BrandTemplates;
using Multistore.Data;
using Multistore.Hosting;
using Multistore.Tenancy;

namespace Multistore.Settings;

/// <summary>
/// The tenant's settings groups, read once when the shell is built. Reads go through the cascade (the store's
/// own values, then its brand templates closest first); writes change only the store's own values, and a written value
/// equal to the inherited one is not an override (<see cref="SettingsOverrides"/>), so every page and recipe that saves a
/// whole group leaves untouched values following the templates. Saving writes the database and releases the shell on
/// every node of the farm, so options built from settings are rebuilt on the next request wherever it lands.
/// </summary>
internal sealed class SiteSettingsStore(IServiceScopeFactory scopes, StoreChangeChannel changes, TenantSettings tenant, TemplateChain templates) : ISiteSettingsStore
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ConcurrentDictionary<string, JsonElement> _groups = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, JsonElement?> _effective = new(StringComparer.OrdinalIgnoreCase);

    public TemplateChain Templates => templates;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShellDbContext>();
        foreach (var document in await db.Settings.AsNoTracking().ToListAsync(cancellationToken))
        {
            _groups[document.Group] = JsonDocument.Parse(document.Json).RootElement.Clone();
        }
    }

    public JsonElement? Get(string group) =>
        _effective.GetOrAdd(group, name => SettingsCascade.Effective(name, GetOwn(name), templates));

    public T Get<T>(string group) where T : new() =>
        Get(group) is { } value ? value.Deserialize<T>(Json) ?? new T() : new T();

    /// <summary>Only what the store sets itself, without what it inherits.</summary>
    public JsonElement? GetOwn(string group) => _groups.TryGetValue(group, out var value) ? value : null;

    /// <summary>Where each value of the group comes from: the store or one of its templates.</summary>
    public IReadOnlyList<SettingSource> Sources(string group) => SettingsCascade.Sources(group, GetOwn(group), templates);

    /// <summary>What the store inherits from its brand templates, without its own values; null when it has none.</summary>
    public JsonElement? Inherited(string group) => SettingsCascade.Effective(group, null, templates);

    public Task MergeAsync(string group, JsonElement values, CancellationToken cancellationToken = default) =>
        WriteAsync(group, SettingsOverrides.Apply(GetOwn(group), values, Inherited(group), replace: false), cancellationToken);

    public Task SaveAsync(string group, JsonElement value, CancellationToken cancellationToken = default) =>
        WriteAsync(group, SettingsOverrides.Apply(GetOwn(group), value, Inherited(group), replace: true), cancellationToken);

    public Task ResetAsync(string group, IEnumerable<string> paths, CancellationToken cancellationToken = default) =>
        WriteAsync(group, SettingsOverrides.Reset(GetOwn(group), paths), cancellationToken);

    private async Task WriteAsync(string group, JsonElement value, CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ShellDbContext>();
            var document = await db.Settings.SingleOrDefaultAsync(s => s.Group == group, cancellationToken);
            if (document is null)
            {
                document = new SettingsDocument { Group = group };
                db.Settings.Add(document);
            }

            document.Json = value.GetRawText();
            document.UpdatedUtc = DateTime.UtcNow;
            await db.SaveChangesAsync(cancellationToken);
        }

        _groups[group] = value.Clone();
        _effective.TryRemove(group, out _);
        await changes.ReleaseEverywhereAsync(tenant.Name, cancellationToken);
    }
}
