namespace Multistore.StorefrontApi;

/// <summary>Where the API lives inside a tenant, and the names its policies go by.</summary>
public static class StorefrontApiRoutes
{
    public const string Base = "/api/storefront/v1";
    public const string DocumentName = "v1";
    public const string RateLimitPolicy = "storefront-api";
    public const string CorsPolicy = "storefront-api";
    public const string HubPath = "/api/storefront/v1/live";
    public const string LiveScriptPath = "/api/storefront/v1/live.js";
}
