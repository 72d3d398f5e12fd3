using Microsoft.AspNetCore.Http.Metadata;

namespace Multistore.Http;

/// <summary>
/// The most bytes an endpoint reads from a request body; more is refused with 413 before anything is bound or stored.
/// An endpoint without a cap of its own gets <see cref="Shopper"/>: the doors anyone can reach read small bodies only.
/// Routing also hands the cap to the server (Kestrel) as the request's maximum body size.
/// </summary>
public sealed record RequestBodyCap(long MaxBytes) : IRequestSizeLimitMetadata
{
    /// <summary>Shopper JSON and form posts: sign-up, sign-in, cart, checkout, addresses.</summary>
    public const long Shopper = 64 * 1024;

    /// <summary>Staff doors behind a permission or an API key (admin forms and APIs, recipes, templates).</summary>
    public const long Staff = 4 * 1024 * 1024;

    /// <summary>Uploads staff make on purpose (catalog imports, product images).</summary>
    public const long Upload = 32 * 1024 * 1024;

    long? IRequestSizeLimitMetadata.MaxRequestBodySize => MaxBytes;
}
