namespace Multistore.Storefront.Caching;

/// <summary>
/// The CDN in front of the storefront, from the host's configuration (<c>Multistore:Cdn</c>): the operator's, never a
/// store's. Without a purge address pages are still marked for shared caches, but only for
/// <see cref="SharedCacheHeaders.UnpurgedSharedMaxAge"/>, since no change could reach a CDN copy.
/// </summary>
public sealed class CdnOptions
{
    public const string Section = "Multistore:Cdn";

    /// <summary>
    /// Where purges go: Varnish with the xkey module answers <c>PURGE</c> requests that name surrogate keys in an
    /// <c>xkey-purge</c> header (<c>docs/operators.md</c> has the VCL). Null: no purges are sent.
    /// </summary>
    public Uri? PurgeUrl { get; set; }
}
