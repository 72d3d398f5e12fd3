using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.StorefrontApi;
using Multistore.Integration.Tests.Users;

namespace Multistore.Integration.Tests.Farm;

/// <summary>
/// A node configured for a farm whose Redis does not answer (nothing listens on 127.0.0.1:1) keeps serving, and its
/// limits fall back to counting on the node alone, as a single node does: neither open to an attacker nor shut to everyone.
/// </summary>
public sealed class FarmRateLimitRedisDownTests(FarmRateLimitRedisDownTests.DeadRedisNode node) : IClassFixture<FarmRateLimitRedisDownTests.DeadRedisNode>
{
    [Fact]
    public async Task TheAccountDoorsStillCountOnTheNode()
    {
        var store = await CustomerStore.CreateAsync(node.Factory, "owner@example.com");
        var client = DoorsHost.From(store, "198.51.100.60");

        for (var i = 0; i < DoorsHost.PerAccount; i++)
        {
            var allowed = await client.PostAsJsonAsync("api/storefront/v1/customers/token", new { email = "target@example.com", password = "Wrong-Horse-1" });
            Assert.Equal(HttpStatusCode.Unauthorized, allowed.StatusCode);
        }

        var refused = await client.PostAsJsonAsync("api/storefront/v1/customers/token", new { email = "target@example.com", password = "Wrong-Horse-1" });

        await TooManyRequests.AssertAsync(refused);
    }

    [Fact]
    public async Task TheStorefrontApisWindowStillCountsOnTheNode()
    {
        var store = await ApiStore.CreateAsync(node.Factory, apiSettings: """{ "RequestsPerWindow": 3, "WindowSeconds": 3600 }""");
        var client = DoorsHost.From(store, "198.51.100.61");

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/storefront/v1/products")).StatusCode);
        }

        await TooManyRequests.AssertAsync(await client.GetAsync("/api/storefront/v1/products"));
    }

    /// <summary>One node whose <c>Multistore:Redis</c> points at a closed port.</summary>
    public sealed class DeadRedisNode : IDisposable
    {
        public DeadRedisNode()
        {
            Factory = new MultistoreFactory(new Dictionary<string, string?>
            {
                ["Multistore:Redis"] = "127.0.0.1:1",
                ["Multistore:AccountLimits:PerAddress"] = DoorsHost.PerAddress.ToString(CultureInfo.InvariantCulture),
                ["Multistore:AccountLimits:AddressWindow"] = "06:00:00",
                ["Multistore:AccountLimits:PerAccount"] = DoorsHost.PerAccount.ToString(CultureInfo.InvariantCulture),
                ["Multistore:AccountLimits:AccountWindow"] = "06:00:00",
            })
            {
                HostServices = DoorsHost.UsePeerHeader,
            };
            _ = Factory.Server;
        }

        public MultistoreFactory Factory { get; }

        public void Dispose() => Factory.Dispose();
    }
}
