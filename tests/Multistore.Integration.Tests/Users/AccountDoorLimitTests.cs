using System.Net;
using System.Net.Http.Json;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.StorefrontApi;

namespace Multistore.Integration.Tests.Users;

/// <summary>
/// Every sign-in, sign-up and password-reset door, web form and Storefront API, takes a limited number of attempts per
/// client address and per account, then answers 429 with Retry-After as a problem document. The windows are hours long,
/// so the counts alone decide.
/// </summary>
public sealed class AccountDoorLimitTests
{
    public static TheoryData<string> Doors => ["web sign-in", "web sign-up", "api sign-in", "api sign-up", "admin sign-in", "admin forgot-password", "admin reset-password"];

    [Theory]
    [MemberData(nameof(Doors))]
    public async Task AnAddressPastItsLimitGets429WithRetryAfter(string door)
    {
        var store = await CustomerStore.CreateAsync(DoorsHost.Factory, "owner@example.com");
        var client = DoorsHost.From(store, "198.51.100.20", followRedirects: false);

        for (var i = 0; i < DoorsHost.PerAddress; i++)
        {
            var allowed = await AttemptAsync(client, door, $"person{i}@example.com");
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        var refused = await AttemptAsync(client, door, "one-more@example.com");

        await TooManyRequests.AssertAsync(refused);
        var elsewhere = await AttemptAsync(DoorsHost.From(store, "198.51.100.21", followRedirects: false), door, "other@example.com");
        Assert.NotEqual(HttpStatusCode.TooManyRequests, elsewhere.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Doors))]
    public async Task AnAccountPastItsLimitGets429FromEveryAddress(string door)
    {
        var store = await CustomerStore.CreateAsync(DoorsHost.Factory, "owner@example.com");

        for (var i = 0; i < DoorsHost.PerAccount; i++)
        {
            var allowed = await AttemptAsync(DoorsHost.From(store, $"198.51.100.{30 + i}", followRedirects: false), door, "target@example.com");
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        var refused = await AttemptAsync(DoorsHost.From(store, "198.51.100.99", followRedirects: false), door, " TARGET@example.com");

        await TooManyRequests.AssertAsync(refused);
        var otherAccount = await AttemptAsync(DoorsHost.From(store, "198.51.100.98", followRedirects: false), door, "someone-else@example.com");
        Assert.NotEqual(HttpStatusCode.TooManyRequests, otherAccount.StatusCode);
    }


    private static Task<HttpResponseMessage> AttemptAsync(HttpClient client, string door, string email) => door switch
    {
        "web sign-in" => FormAsync(client, "account/sign-in", "account/sign-in", new() { ["email"] = email, ["password"] = "Wrong-Horse-1" }),
        "web sign-up" => FormAsync(client, "account/sign-up", "account/sign-up", new() { ["email"] = email, ["password"] = "short", ["confirm"] = "short" }),
        "api sign-in" => client.PostAsJsonAsync("api/storefront/v1/customers/token", new { email, password = "Wrong-Horse-1" }),
        "api sign-up" => client.PostAsJsonAsync("api/storefront/v1/customers", new { email, password = "short" }),
        "admin sign-in" => FormAsync(client, "admin/login", "admin/login", new() { ["Email"] = email, ["Password"] = "Wrong-Horse-1" }),
        "admin forgot-password" => FormAsync(client, "admin/forgot-password", "admin/forgot-password", new() { ["Email"] = email }),
        "admin reset-password" => FormAsync(client, "admin/reset-password?email=x%40example.com&token=abc", "admin/reset-password",
            new() { ["Email"] = email, ["Token"] = "abc", ["Password"] = "Brand!New2026", ["ConfirmPassword"] = "Brand!New2026" }),
        _ => throw new ArgumentOutOfRangeException(nameof(door), door, null),
    };

    private static async Task<HttpResponseMessage> FormAsync(HttpClient client, string page, string action, Dictionary<string, string> fields)
    {
        return await client.PostAsync(action, new FormUrlEncodedContent(FormFields.WithAntiforgery(await client.GetStringAsync(page), fields)));
    }

}
