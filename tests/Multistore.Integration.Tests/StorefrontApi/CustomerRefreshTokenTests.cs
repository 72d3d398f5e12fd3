using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.StorefrontApi;

/// <summary>
/// The refresh token a sign-in returns: it renews the customer's token on the same store and touchpoint, and
/// nothing else (another store, a forged token, a changed password, an account made staff).
/// </summary>
public sealed class CustomerRefreshTokenTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;
    private const string Email = "ada@example.com";
    private const string Password = "Correct-Horse-9";

    [Fact]
    public async Task ARefreshTokenRenewsTheCustomersTokenOnItsStoreAndTouchpoint()
    {
        var store = await StoreWithCustomerAsync();
        var signedIn = await SignInAsync(store);

        var refreshed = await RefreshAsync(store, signedIn.Refresh);

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var pair = await TokensOf(refreshed);
        using var me = JsonDocument.Parse(await (await MeAsync(store, pair.Access)).Content.ReadAsStringAsync());
        Assert.Equal(Email, me.RootElement.GetProperty("email").GetString());
        Assert.Equal("app", me.RootElement.GetProperty("touchpoint").GetString());
    }

    [Fact]
    public async Task ARefreshTokenOfOneStoreOrAForgedOneIsRefused()
    {
        var storeA = await StoreWithCustomerAsync();
        var storeB = await StoreWithCustomerAsync();
        var signedIn = await SignInAsync(storeA);

        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(storeB, signedIn.Refresh)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(storeA, signedIn.Access)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(storeA, "not-a-token")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(storeA, "")).StatusCode);
    }

    [Fact]
    public async Task ARefreshTokenDiesWithAPasswordChangeOrWhenTheAccountBecomesStaff()
    {
        var store = await StoreWithCustomerAsync();
        var beforeChange = await SignInAsync(store);
        await WithUserAsync(store, (users, user) => users.UpdateSecurityStampAsync(user));
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(store, beforeChange.Refresh)).StatusCode);

        var beforeStaff = await SignInAsync(store);
        await WithUserAsync(store, (users, user) => users.AddToRoleAsync(user, "Administrator"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(store, beforeStaff.Refresh)).StatusCode);
    }

    private static async Task<TestTenant> StoreWithCustomerAsync()
    {
        var store = await ApiStore.CreateAsync(Factory, features: ", \"Multistore.Users\"");
        var signUp = await store.CreateClient().PostAsJsonAsync("/api/storefront/v1/customers", new { email = Email, password = Password, name = "Ada" });
        Assert.Equal(HttpStatusCode.Accepted, signUp.StatusCode);
        return store;
    }

    private static async Task WithUserAsync(TestTenant store, Func<UserManager<IdentityUser>, IdentityUser, Task> change)
    {
        await using var scope = await store.ScopeAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        await change(users, (await users.FindByEmailAsync(Email))!);
    }

    private static async Task<(string Access, string Refresh)> SignInAsync(TestTenant store)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/storefront/v1/customers/token") { Content = JsonContent.Create(new { email = Email, password = Password }) };
        request.Headers.Add("X-Touchpoint", "app");
        var response = await store.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await TokensOf(response);
    }

    private static async Task<(string Access, string Refresh)> TokensOf(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("accessToken").GetString()!, json.RootElement.GetProperty("refreshToken").GetString()!);
    }

    private static Task<HttpResponseMessage> RefreshAsync(TestTenant store, string refreshToken) =>
        store.CreateClient().PostAsJsonAsync("/api/storefront/v1/customers/token/refresh", new { refreshToken });

    private static async Task<HttpResponseMessage> MeAsync(TestTenant store, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/storefront/v1/customers/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await store.CreateClient().SendAsync(request);
    }
}
