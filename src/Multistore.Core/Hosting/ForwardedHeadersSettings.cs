namespace Multistore.Hosting;

/// <summary>
/// Host configuration <c>Multistore:ForwardedHeaders</c>: the proxies (addresses) and networks (CIDR) whose
/// X-Forwarded-For and X-Forwarded-Proto are believed. Behind a TLS proxy the request then counts as HTTPS (cookies become
/// Secure) and the client's own address is the one rate limits count. From any other source the headers are ignored;
/// with none configured they are ignored altogether. X-Forwarded-Host is never taken: the Host decides the store.
/// </summary>
internal sealed class ForwardedHeadersSettings
{
    public const string SectionName = "Multistore:ForwardedHeaders";

    public IList<string> KnownProxies { get; set; } = [];

    public IList<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row to unwind (one load balancer: 1).</summary>
    public int ForwardLimit { get; set; } = 1;
}
