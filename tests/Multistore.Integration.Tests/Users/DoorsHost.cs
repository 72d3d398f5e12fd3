using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Users;

/// <summary>
/// A host configured as an operator would put it behind a TLS proxy: small account-door limits with windows far longer than
/// any test (counts decide, never time), the proxy 10.0.0.5 and the network 10.1.0.0/16 known. The test server has no
/// network, so each request's peer address comes from the test header <see cref="PeerHeader"/> (203.0.113.10 without it).
/// </summary>
public static class DoorsHost
{
    public const string PeerHeader = "X-Test-Peer";
    public const string Proxy = "10.0.0.5";
    public const int PerAddress = 4;
    public const int PerAccount = 3;

    private static readonly Lazy<MultistoreFactory> SharedFactory = new(() =>
    {
        var factory = new MultistoreFactory(new Dictionary<string, string?>
        {
            ["Multistore:AccountLimits:PerAddress"] = PerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Multistore:AccountLimits:AddressWindow"] = "06:00:00",
            ["Multistore:AccountLimits:PerAccount"] = PerAccount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Multistore:AccountLimits:AccountWindow"] = "06:00:00",
            ["Multistore:ForwardedHeaders:KnownProxies:0"] = Proxy,
            ["Multistore:ForwardedHeaders:KnownNetworks:0"] = "10.1.0.0/16",
        })
        {
            HostServices = UsePeerHeader,
        };
        _ = factory.Server;
        return factory;
    });

    public static MultistoreFactory Factory => SharedFactory.Value;

    /// <summary>Takes each request's peer address from <see cref="PeerHeader"/>, as the test server has no network.</summary>
    public static void UsePeerHeader(IServiceCollection services) => services.AddSingleton<IStartupFilter, PeerAddressFilter>();

    /// <summary>A client of <paramref name="store"/> whose requests come from <paramref name="peer"/>.</summary>
    public static HttpClient From(TestTenant store, string peer, bool followRedirects = true)
    {
        var client = store.CreateClient(followRedirects);
        client.DefaultRequestHeaders.Add(PeerHeader, peer);
        return client;
    }

    private sealed class PeerAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[PeerHeader].FirstOrDefault() ?? "203.0.113.10");
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
