using Microsoft.Extensions.DependencyInjection;

namespace Multistore.Farm;

internal static class FarmRateLimitServices
{
    /// <summary>
    /// The host's: the node's one Redis connection for rate limits. A host singleton reaches every shell as the same
    /// instance (<c>HostServices</c>), which no shell disposes; the host does.
    /// </summary>
    public static IServiceCollection AddFarmRedis(this IServiceCollection host) => host.AddSingleton<FarmRedis>();

    /// <summary>The shell's: the store's <see cref="IFarmRateLimits"/>, on the host's connection.</summary>
    public static IServiceCollection AddFarmRateLimits(this IServiceCollection shell) =>
        shell.AddSingleton<IFarmRateLimits, FarmRateLimits>().AddSingleton<StoreRequestQuota>();
}
