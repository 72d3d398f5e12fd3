using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Multistore.Storefront.Caching;

/// <summary>
/// Tells the CDN to drop the pages of a surrogate key (<see cref="CdnOptions.PurgeUrl"/>). A CDN that cannot be
/// reached does not fail the change that caused the purge: the change is saved and this node's page cache is already
/// evicted; the failure is logged, and the CDN's copy expires by its own <c>s-maxage</c>.
/// </summary>
public sealed class CdnPurge(IOptions<CdnOptions> options, ILogger<CdnPurge> logger)
{
    /// <summary>One client for every store of the host (the CDN is the host's), its connections renewed now and then.</summary>
    private static readonly HttpClient Http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = TimeSpan.FromSeconds(5),
    };

    private static readonly HttpMethod Purge = new("PURGE");

    public bool Configured => options.Value.PurgeUrl is not null;

    public async ValueTask PurgeAsync(string key, CancellationToken cancellationToken)
    {
        if (options.Value.PurgeUrl is not { } address)
        {
            return;
        }

        using var request = new HttpRequestMessage(Purge, address);
        request.Headers.TryAddWithoutValidation("xkey-purge", key);
        try
        {
            using var response = await Http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("The CDN at {PurgeUrl} refused the purge of {Key} with {Status}.", address, key, (int)response.StatusCode);
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "The CDN at {PurgeUrl} could not be reached to purge {Key}.", address, key);
        }
    }
}
