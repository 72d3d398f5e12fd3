namespace Multistore.Tenancy;

/// <summary>
/// Matches a request's host and first path segment against an immutable snapshot of the registry.
/// Order: host and prefix, then host, then prefix alone, then the Default tenant as catch-all when it has
/// neither host nor prefix. A tenant with a prefix also answers at the root of a host that only it claims.
/// A match says whether the host name is shared with another tenant (two tenants by prefix on one host; prefix-only
/// tenants and a catch-all on every host no one claims): no tenant's admin is served on such an origin.
/// </summary>
internal sealed class TenantResolver
{
    private readonly Dictionary<string, List<TenantSettings>> _byHost = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Suffix, TenantSettings Tenant)> _wildcards = [];
    private readonly Dictionary<string, TenantSettings> _byPrefixOnly = new(StringComparer.OrdinalIgnoreCase);
    private readonly TenantSettings? _catchAll;

    public TenantResolver(IEnumerable<TenantSettings> tenants)
    {
        foreach (var tenant in tenants)
        {
            foreach (var host in tenant.Hosts.Select(HostNames.Normalize).Distinct())
            {
                if (HostNames.IsWildcard(host))
                {
                    _wildcards.Add((host[1..], tenant));
                }
                else
                {
                    if (!_byHost.TryGetValue(host, out var list))
                    {
                        _byHost[host] = list = [];
                    }

                    list.Add(tenant);
                }
            }

            if (tenant.Hosts.Count == 0 && tenant.UrlPrefix is not null)
            {
                _byPrefixOnly[tenant.UrlPrefix] = tenant;
            }

            if (tenant.IsDefault && tenant.Hosts.Count == 0 && tenant.UrlPrefix is null)
            {
                _catchAll = tenant;
            }
        }

        // The most specific wildcard wins: *.eu.example.com before *.example.com.
        _wildcards.Sort((a, b) => b.Suffix.Length.CompareTo(a.Suffix.Length));
    }

    /// <param name="host">The Host header value, with its port if any (ports, case and a trailing dot do not tell stores apart).</param>
    /// <param name="path">The request path.</param>
    public TenantMatch? Resolve(string host, string path)
    {
        var segment = FirstSegment(path);
        var candidates = Candidates(host);
        if (candidates is not null)
        {
            var shared = candidates.Count > 1;
            if (segment is not null)
            {
                var withPrefix = candidates.Find(t => string.Equals(t.UrlPrefix, segment, StringComparison.OrdinalIgnoreCase));
                if (withPrefix is not null)
                {
                    return Match(withPrefix, withPrefix.UrlPrefix, shared);
                }
            }

            var withoutPrefix = candidates.Find(t => t.UrlPrefix is null);
            if (withoutPrefix is not null)
            {
                return Match(withoutPrefix, null, shared);
            }

            if (candidates.Count == 1)
            {
                return Match(candidates[0], null, shared);
            }
        }

        // On a host no tenant claims, every prefix-only tenant and the catch-all answer side by side.
        var sharedUnclaimed = _byPrefixOnly.Count + (_catchAll is null ? 0 : 1) > 1;
        if (segment is not null && _byPrefixOnly.TryGetValue(segment, out var prefixed))
        {
            return Match(prefixed, prefixed.UrlPrefix, sharedUnclaimed);
        }

        return _catchAll is null ? null : Match(_catchAll, null, sharedUnclaimed);
    }

    private TenantMatch Match(TenantSettings tenant, string? prefix, bool shared) =>
        new(tenant, prefix, shared, shared ? OwnHostOf(tenant) : null);

    /// <summary>A plain host name (no wildcard) on which only this tenant is reached.</summary>
    private string? OwnHostOf(TenantSettings tenant) =>
        tenant.Hosts.Select(HostNames.Normalize).FirstOrDefault(h => !HostNames.IsWildcard(h) && _byHost.TryGetValue(h, out var list) && list.Count == 1);

    private List<TenantSettings>? Candidates(string host)
    {
        var bare = HostNames.Normalize(host);
        if (_byHost.TryGetValue(bare, out var exact))
        {
            return exact;
        }

        foreach (var (suffix, tenant) in _wildcards)
        {
            if (bare.EndsWith(suffix, StringComparison.Ordinal) && bare.Length > suffix.Length)
            {
                return [tenant];
            }
        }

        return null;
    }

    private static string? FirstSegment(string path)
    {
        if (path.Length < 2 || path[0] != '/')
        {
            return null;
        }

        var end = path.IndexOf('/', 1);
        return end < 0 ? path[1..] : path[1..end];
    }
}
