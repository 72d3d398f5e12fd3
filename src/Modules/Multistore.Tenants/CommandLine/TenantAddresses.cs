using Multistore.Tenancy;

namespace Multistore.Tenants.CommandLine;

internal static class TenantAddresses
{
    public static string Describe(TenantSettings tenant)
    {
        var suffix = tenant.UrlPrefix is null ? "/" : $"/{tenant.UrlPrefix}/";
        return tenant.Hosts.Count == 0 ? $"(any host){suffix}" : string.Join(" ", tenant.Hosts.Select(h => $"http://{h}{suffix}"));
    }
}
