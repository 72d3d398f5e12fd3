using Multistore.Tenancy;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.Services;

/// <summary>
/// Lists and searches tenants from the registry's in-memory snapshot: no database query and no shell build,
/// so a page is as fast with thousands of tenants as with ten.
/// </summary>
public sealed class TenantDirectory(ITenantCatalog registry)
{
    public const int MaxPageSize = 200;

    /// <summary>A page of the tenants matching <paramref name="search"/> (name, host, prefix, brand template or state) and <paramref name="where"/>, by name.</summary>
    public (IReadOnlyList<TenantSettings> Items, int Total) Page(string? search, int page, int pageSize, Func<TenantSettings, bool>? where = null)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        IEnumerable<TenantSettings> tenants = where is null ? registry.All : registry.All.Where(where);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            tenants = tenants.Where(t => t.Name.Contains(term, StringComparison.OrdinalIgnoreCase)
                || t.Hosts.Any(h => h.Contains(term, StringComparison.OrdinalIgnoreCase))
                || (t.UrlPrefix?.Contains(term, StringComparison.OrdinalIgnoreCase) ?? false)
                || string.Equals(t.Template, term, StringComparison.OrdinalIgnoreCase)
                || t.State.ToString().Equals(term, StringComparison.OrdinalIgnoreCase));
        }

        var matching = tenants.ToList();
        var items = matching.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Skip((page - 1) * pageSize).Take(pageSize).ToList();
        return (items, matching.Count);
    }
}
