namespace Multistore.Tenancy;

/// <summary>
/// Host configuration <c>Multistore:StoreLinks</c>: how links a store sends out of band (password-reset e-mails) are
/// written. A link names the store's own configured host (and URL prefix), never the Host header of the request that
/// asked for it, so a forged header cannot point a reset link at another server.
/// </summary>
public sealed class StoreLinksOptions
{
    public const string SectionName = "Multistore:StoreLinks";

    /// <summary>The scheme of store links; stores are served over TLS in production.</summary>
    public string Scheme { get; set; } = "https";

    /// <summary>A port to add to a store host that names none (a development host on :5000, say); null for the scheme's own.</summary>
    public int? Port { get; set; }

    /// <summary>The host for stores that have none of their own (URL-prefix stores), e.g. <c>shops.example.com</c>.</summary>
    public string? Host { get; set; }

    /// <summary>The absolute address of <paramref name="path"/> in <paramref name="tenant"/>, or null when the store has no host and none is configured.</summary>
    public Uri? LinkTo(TenantSettings tenant, string path)
    {
        var host = tenant.Hosts.FirstOrDefault(h => !h.StartsWith("*.", StringComparison.Ordinal)) ?? Host;
        if (string.IsNullOrWhiteSpace(host))
        {
            return null;
        }

        var builder = new UriBuilder($"{Scheme}://{host.Trim()}");
        if (Port is { } port && builder.Uri.IsDefaultPort && !host.Contains(':', StringComparison.Ordinal))
        {
            builder.Port = port;
        }

        var prefix = tenant.UrlPrefix is null ? "" : "/" + tenant.UrlPrefix;
        return new Uri(builder.Uri, prefix + "/" + path.TrimStart('/'));
    }
}
