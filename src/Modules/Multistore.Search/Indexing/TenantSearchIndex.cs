using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Multistore.Hosting;
using Multistore.Settings;
using Multistore.Tenancy;

namespace Multistore.Search.Indexing;

/// <summary>
/// The tenant's indexes on this node, one per culture of the store, under
/// <c>App_Data/Sites/{tenant}/search/{culture}</c>. A singleton of the shell: released with it.
/// </summary>
public sealed class TenantSearchIndex(AppDataPaths paths, TenantSettings tenant, IOptions<SiteSettings> site) : IDisposable
{
    private readonly ConcurrentDictionary<string, CultureIndex> _indexes = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Cultures => site.Value.Cultures;

    public string DefaultCulture => site.Value.DefaultCulture;

    public string Currency => site.Value.Currency;

    /// <summary>The index of <paramref name="culture"/>, or of the default culture when the store does not have it.</summary>
    public CultureIndex For(string culture)
    {
        var known = Cultures.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase)) ?? DefaultCulture;
        return _indexes.GetOrAdd(known, c => new CultureIndex(c, Path.Combine(paths.TenantFolder(tenant.Name), "search", c.ToLowerInvariant())));
    }

    public IEnumerable<CultureIndex> All => Cultures.Select(For);

    public void RollbackAll()
    {
        foreach (var index in _indexes.Values)
        {
            index.Rollback();
        }
    }

    public void Dispose()
    {
        foreach (var index in _indexes.Values)
        {
            index.Dispose();
        }
    }
}
