using Multistore.Tenancy;

namespace Multistore.Setup;

/// <summary>
/// Keeps the SaaS host's privileged session on origins where no store's content runs: a store's script on the
/// same origin could use the host administrator's cookies (issue 14). The Default tenant's host names are its own;
/// no store is reached on them, with or without a URL prefix, and while the Default tenant answers on every host
/// (it has no host names) no store may be reached by a URL prefix alone.
/// </summary>
internal static class OriginIsolationRule
{
    public static void Check(string name, IReadOnlyList<string> hosts, string? prefix, IReadOnlyList<TenantSettings> others, ValidationErrors errors)
    {
        if (string.Equals(name, TenantSettings.DefaultName, StringComparison.OrdinalIgnoreCase))
        {
            CheckHostTenant(hosts, prefix, others, errors);
        }
        else if (others.FirstOrDefault(t => t.IsDefault) is { } host)
        {
            CheckStore(hosts, prefix, host, errors);
        }
    }

    private static void CheckStore(IReadOnlyList<string> hosts, string? prefix, TenantSettings host, ValidationErrors errors)
    {
        foreach (var taken in hosts.Where(h => host.Hosts.Any(d => SameName(d, h))))
        {
            errors.Add("hosts", $"Host '{taken}' belongs to the SaaS host (tenant '{host.Name}'): a store may not be reached on it, "
                + "with or without a URL prefix, because its pages would share an origin with the host's admin. Give the store a host name of its own.");
        }

        if (hosts.Count == 0 && prefix is not null && host.Hosts.Count == 0)
        {
            errors.Add("urlPrefix", $"The SaaS host (tenant '{host.Name}') answers on every host name, so a store reached by URL prefix '{prefix}' alone "
                + "would share its origin with the host's admin. Give the store a host name of its own (it may keep the prefix).");
        }
    }

    private static void CheckHostTenant(IReadOnlyList<string> hosts, string? prefix, IReadOnlyList<TenantSettings> others, ValidationErrors errors)
    {
        foreach (var host in hosts)
        {
            if (others.FirstOrDefault(t => t.Hosts.Any(h => SameName(h, host))) is { } store)
            {
                errors.Add("hosts", $"Host '{host}' is used by store '{store.Name}': the SaaS host needs host names no store is reached on.");
            }
        }

        if (hosts.Count == 0 && others.FirstOrDefault(t => t.Hosts.Count == 0 && t.UrlPrefix is not null) is { } prefixed)
        {
            errors.Add("hosts", $"Store '{prefixed.Name}' is reached by URL prefix alone on every host name: the SaaS host needs host names of its own.");
        }

        if (hosts.Count == 0 && prefix is not null)
        {
            errors.Add("urlPrefix", "The SaaS host needs host names of its own: a URL prefix alone would put its admin on every store's host.");
        }
    }

    /// <summary>The same host name whatever the case, port or trailing dot: cookies and scripts do not tell them apart.</summary>
    private static bool SameName(string a, string b) => HostNames.Same(a, b);
}
