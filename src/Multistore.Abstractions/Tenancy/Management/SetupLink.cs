namespace Multistore.Tenancy.Management;

/// <summary>A store awaiting setup and the one-time, expiring link its own administrator opens to finish it.</summary>
public sealed record SetupLink(TenantSettings Tenant, string Token, DateTimeOffset ExpiresUtc)
{
    public const string Path = "setup";

    /// <summary>The link on the store's first host (or under its prefix), e.g. <c>https://nordic-fi.example.com/setup?token=...</c>.</summary>
    public string UrlOn(string scheme, string fallbackHost)
    {
        var host = Tenant.Hosts.FirstOrDefault(h => !h.StartsWith("*.", StringComparison.Ordinal)) ?? fallbackHost;
        var prefix = Tenant.UrlPrefix is null ? "" : $"/{Tenant.UrlPrefix}";
        return $"{scheme}://{host}{prefix}/{Path}?token={Uri.EscapeDataString(Token)}";
    }
}
