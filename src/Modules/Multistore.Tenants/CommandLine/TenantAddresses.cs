using Multistore.Tenancy;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.CommandLine;

/// <summary>A store's addresses as a browser opens them: scheme, host and the port the host listens on, prefix.</summary>
internal static class TenantAddresses
{
    public static string Describe(TenantSettings tenant, HostAddress address) =>
        tenant.Hosts.Count == 0 ? $"(any host){Path(tenant)}" : string.Join(" ", Urls(tenant, address));

    public static IEnumerable<string> Urls(TenantSettings tenant, HostAddress address) =>
        tenant.Hosts.Select(h => IsWildcard(h) ? $"{address.Scheme}://{address.Authority(h)}{Path(tenant)} (any sub-domain)" : $"{address.Scheme}://{address.Authority(h)}{Path(tenant)}");

    public static string Path(TenantSettings tenant) => tenant.UrlPrefix is null ? "/" : $"/{tenant.UrlPrefix}/";

    /// <summary>A wildcard host (<c>*.example.com</c>) answers for any sub-domain; no browser opens it as written.</summary>
    public static bool IsWildcard(string host) => host.StartsWith("*.", StringComparison.Ordinal);
}
