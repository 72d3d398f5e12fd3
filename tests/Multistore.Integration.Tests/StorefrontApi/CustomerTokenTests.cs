using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.StorefrontApi;

public sealed class CustomerTokenTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task TokenOfOneStoreIsRefusedByAnother()
    {
        var storeA = await ApiStore.CreateAsync(Factory, features: ", \"Multistore.Users\"");
        var storeB = await ApiStore.CreateAsync(Factory, features: ", \"Multistore.Users\"");
        var account = new { email = "ada@example.com", password = "Correct-Horse-9", name = "Ada" };
        var signUp = await storeA.CreateClient().PostAsJsonAsync("/api/storefront/v1/customers", account);
        Assert.True(signUp.StatusCode == HttpStatusCode.Accepted, string.Join("\n", Factory.Service<Multistore.Hosting.RecentErrors>().Of(storeA.Name).Select(e => e.Message + e.Exception)));
        Assert.Equal(HttpStatusCode.Accepted, (await storeB.CreateClient().PostAsJsonAsync("/api/storefront/v1/customers", account)).StatusCode);

        var token = await SignInAsync(storeA, account.email, account.password);

        var onA = await MeAsync(storeA, token);
        var onB = await MeAsync(storeB, token);

        Assert.Equal(HttpStatusCode.OK, onA.StatusCode);
        using var me = JsonDocument.Parse(await onA.Content.ReadAsStringAsync());
        Assert.Equal("ada@example.com", me.RootElement.GetProperty("email").GetString());
        Assert.Equal("app", me.RootElement.GetProperty("touchpoint").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, onB.StatusCode);
    }

    [Fact]
    public async Task WrongPasswordIsA401ProblemAndWeakPasswordNamesTheField()
    {
        var store = await ApiStore.CreateAsync(Factory, features: ", \"Multistore.Users\"");
        var client = store.CreateClient();

        var weak = await client.PostAsJsonAsync("/api/storefront/v1/customers", new { email = "bo@example.com", password = "short" });
        using var problem = JsonDocument.Parse(await weak.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("password", out _));

        var wrong = await client.PostAsJsonAsync("/api/storefront/v1/customers/token", new { email = "nobody@example.com", password = "whatever-1A" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<string> SignInAsync(TestTenant store, string email, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/storefront/v1/customers/token") { Content = JsonContent.Create(new { email, password }) };
        request.Headers.Add("X-Touchpoint", "app");
        var response = await store.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("accessToken").GetString()!;
    }

    private static async Task<HttpResponseMessage> MeAsync(TestTenant store, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/storefront/v1/customers/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await store.CreateClient().SendAsync(request);
    }
}
