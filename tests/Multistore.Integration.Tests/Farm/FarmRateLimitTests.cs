using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.StorefrontApi;
using Multistore.Integration.Tests.Users;

namespace Multistore.Integration.Tests.Farm;

/// <summary>
/// An attacker behind a round-robin balancer gets the store's allowance once, not once per node: the account doors'
/// limits per account and per address and the Storefront API's window per client count in Redis, per store, and the
/// lockout Identity keeps in the store's database holds on every node.
/// </summary>
public sealed class FarmRateLimitTests(LimitedFarm farm) : IClassFixture<LimitedFarm>
{
    private const string Password = "Correct-Horse-9";

    private FarmNodes Nodes => farm.Nodes;

    [Fact]
    public async Task AnAccountAttackedThroughBothNodesIsRefusedAfterTheStoresAllowanceInTotal()
    {
        var (a, b) = await StoreOnBothNodesAsync();

        for (var i = 0; i < DoorsHost.PerAccount; i++)
        {
            var allowed = await SignInAsync(i % 2 == 0 ? a : b, $"198.51.100.{30 + i}", "target@example.com", "Wrong-Horse-1");
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        var refused = await SignInAsync(DoorsHost.PerAccount % 2 == 0 ? a : b, "198.51.100.99", " TARGET@example.com", "Wrong-Horse-1");

        await TooManyRequests.AssertAsync(refused);
    }

    [Fact]
    public async Task AnAddressAttackingThroughBothNodesIsRefusedAfterTheStoresAllowanceInTotal()
    {
        var (a, b) = await StoreOnBothNodesAsync();

        for (var i = 0; i < DoorsHost.PerAddress; i++)
        {
            var allowed = await SignInFormAsync(i % 2 == 0 ? a : b, "198.51.100.20", $"person{i}@example.com");
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        var refused = await SignInFormAsync(DoorsHost.PerAddress % 2 == 0 ? a : b, "198.51.100.20", "one-more@example.com");

        await TooManyRequests.AssertAsync(refused);
        var elsewhere = await SignInFormAsync(b, "198.51.100.21", "other@example.com");
        Assert.NotEqual(HttpStatusCode.TooManyRequests, elsewhere.StatusCode);
    }

    [Fact]
    public async Task TheStorefrontApisWindowHoldsAcrossBothNodes()
    {
        var onA = await ApiStore.CreateAsync(Nodes.A, apiSettings: """{ "RequestsPerWindow": 3, "WindowSeconds": 3600 }""");
        var a = onA.CreateClient();
        var b = await ServedByBAsync(onA);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await (i % 2 == 0 ? a : b).GetAsync("/api/storefront/v1/products")).StatusCode);
        }

        var refused = await b.GetAsync("/api/storefront/v1/products");

        await TooManyRequests.AssertAsync(refused);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await a.GetAsync("/api/storefront/v1/products")).StatusCode);
    }

    [Fact]
    public async Task OneStoresCountsNeverLimitAnother()
    {
        var (xa, xb) = await StoreOnBothNodesAsync();
        var (ya, yb) = await StoreOnBothNodesAsync();
        for (var i = 0; i < DoorsHost.PerAccount; i++)
        {
            await SignInAsync(i % 2 == 0 ? xa : xb, "198.51.100.40", "target@example.com", "Wrong-Horse-1");
        }

        await TooManyRequests.AssertAsync(await SignInAsync(xb, "198.51.100.40", "target@example.com", "Wrong-Horse-1"));

        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await SignInAsync(ya, "198.51.100.40", "target@example.com", "Wrong-Horse-1")).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await SignInAsync(yb, "198.51.100.40", "target@example.com", "Wrong-Horse-1")).StatusCode);
    }

    [Fact]
    public async Task ALockoutEarnedThroughOneNodeHoldsOnTheOther()
    {
        var onA = await CustomerStore.CreateAsync(Nodes.A, "owner@example.com");
        var b = await ServedByBAsync(onA);
        await using (var scope = await onA.ScopeAsync())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            Assert.True((await users.CreateAsync(new IdentityUser { UserName = "ada@example.com", Email = "ada@example.com" }, Password)).Succeeded);
            var ada = (await users.FindByEmailAsync("ada@example.com"))!;
            for (var i = 0; i < 4; i++)
            {
                await users.AccessFailedAsync(ada);
            }
        }

        // The fifth failure, on B, counts with A's four: B reads and writes the same AccessFailedCount.
        var fifth = await SignInAsync(b, "198.51.100.50", "ada@example.com", "Wrong-Horse-1");
        Assert.Equal(HttpStatusCode.Unauthorized, fifth.StatusCode);

        var right = await SignInAsync(onA.CreateClient(), "198.51.100.51", "ada@example.com", Password);

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("locked", Detail(await right.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private async Task<(HttpClient A, HttpClient B)> StoreOnBothNodesAsync()
    {
        var onA = await CustomerStore.CreateAsync(Nodes.A, "owner@example.com");
        return (onA.CreateClient(followRedirects: false), await ServedByBAsync(onA));
    }

    private async Task<HttpClient> ServedByBAsync(TestTenant onA)
    {
        var b = Nodes.OnB(onA).CreateClient(followRedirects: false);
        await FarmNodes.ArrivesAsync("The new store", async () =>
        {
            var response = await b.GetAsync("/");
            return (response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}");
        });
        return b;
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient node, string peer, string email, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/storefront/v1/customers/token") { Content = JsonContent.Create(new { email, password }) };
        request.Headers.Add(DoorsHost.PeerHeader, peer);
        return await node.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> SignInFormAsync(HttpClient node, string peer, string email)
    {
        using var page = new HttpRequestMessage(HttpMethod.Get, "account/sign-in");
        page.Headers.Add(DoorsHost.PeerHeader, peer);
        var html = await (await node.SendAsync(page)).Content.ReadAsStringAsync();
        using var post = new HttpRequestMessage(HttpMethod.Post, "account/sign-in")
        {
            Content = new FormUrlEncodedContent(FormFields.WithAntiforgery(html, new() { ["email"] = email, ["password"] = "Wrong-Horse-1" })),
        };
        post.Headers.Add(DoorsHost.PeerHeader, peer);
        return await node.SendAsync(post);
    }


    private static string Detail(string json)
    {
        using var problem = JsonDocument.Parse(json);
        return problem.RootElement.GetProperty("detail").GetString()!;
    }
}
