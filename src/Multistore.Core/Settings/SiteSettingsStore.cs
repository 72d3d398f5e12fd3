using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Data;
using Multistore.Shells;
using Multistore.Tenancy;

namespace Multistore.Settings;

/// <summary>
/// The tenant's settings groups, read once when the shell is built. Saving writes the database and
/// releases the shell, so options built from settings are rebuilt on the next request.
/// </summary>
public sealed class SiteSettingsStore(IServiceScopeFactory scopes, ShellHost shellHost, TenantSettings tenant) : ISiteSettingsStore
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ConcurrentDictionary<string, JsonElement> _groups = new(StringComparer.OrdinalIgnoreCase);

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShellDbContext>();
        foreach (var document in await db.Settings.AsNoTracking().ToListAsync(cancellationToken))
        {
            _groups[document.Group] = JsonDocument.Parse(document.Json).RootElement.Clone();
        }
    }

    public JsonElement? Get(string group) => _groups.TryGetValue(group, out var value) ? value : null;

    public T Get<T>(string group) where T : new() =>
        _groups.TryGetValue(group, out var value) ? value.Deserialize<T>(Json) ?? new T() : new T();

    public Task MergeAsync(string group, JsonElement values, CancellationToken cancellationToken = default)
    {
        var merged = Get(group) is { ValueKind: JsonValueKind.Object } current ? JsonNode.Parse(current.GetRawText())!.AsObject() : [];
        foreach (var property in values.EnumerateObject())
        {
            merged[property.Name] = JsonNode.Parse(property.Value.GetRawText());
        }

        return SaveAsync(group, JsonSerializer.SerializeToElement(merged, Json), cancellationToken);
    }

    public async Task SaveAsync(string group, JsonElement value, CancellationToken cancellationToken = default)
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
        shellHost.Release(tenant.Name);
    }
}
