namespace Multistore.StorefrontApi;

/// <summary>The tenant's "StorefrontApi" settings group.</summary>
public sealed class StorefrontApiSettings
{
    public const string GroupName = "StorefrontApi";

    /// <summary>Origins (scheme://host[:port]) whose browser apps may call the API; none by default.</summary>
    public IList<string> CorsOrigins { get; set; } = [];

    /// <summary>Requests one client may make per window before it gets 429.</summary>
    public int RequestsPerWindow { get; set; } = 600;

    /// <summary>The rate-limit window in seconds.</summary>
    public int WindowSeconds { get; set; } = 60;

    /// <summary>How long shared caches may keep catalog reads, in seconds.</summary>
    public int CatalogMaxAgeSeconds { get; set; } = 30;
}
