using System.Net;
using System.Net.Http.Json;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.Storefront;
using Multistore.Integration.Tests.StorefrontApi;

namespace Multistore.Integration.Tests.Users;

/// <summary>
/// Sign-up never tells whether an address has an account: a taken address gets the answer a new one gets, its holder an
/// e-mail, and the account stays as it was.
/// </summary>
public sealed class SignUpAnswerTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task TheApiAnswersATakenAddressAsItAnswersANewOne()
    {
        var store = await CustomerStore.CreateAsync(Factory);
        var client = store.CreateClient();

        var fresh = await client.PostAsJsonAsync("/api/storefront/v1/customers", new { email = "ada@example.com", password = "Correct-Horse-9" });
        var taken = await client.PostAsJsonAsync("/api/storefront/v1/customers", new { email = "ada@example.com", password = "Other-Horse-77" });

        Assert.Equal(HttpStatusCode.Accepted, fresh.StatusCode);
        Assert.Equal(fresh.StatusCode, taken.StatusCode);
        Assert.Equal(fresh.Headers.Location, taken.Headers.Location);
        Assert.Equal(await fresh.Content.ReadAsStringAsync(), await taken.Content.ReadAsStringAsync());
        Assert.Single(MailOf(store));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/storefront/v1/customers/token", new { email = "ada@example.com", password = "Correct-Horse-9" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/storefront/v1/customers/token", new { email = "ada@example.com", password = "Other-Horse-77" })).StatusCode);
    }

    [Fact]
    public async Task AWeakPasswordIsRefusedAlikeForANewAndATakenAddress()
    {
        var store = await CustomerStore.CreateAsync(Factory);
        var client = store.CreateClient();
        await client.PostAsJsonAsync("/api/storefront/v1/customers", new { email = "ada@example.com", password = "Correct-Horse-9" });

        var fresh = await client.PostAsJsonAsync("/api/storefront/v1/customers", new { email = "new@example.com", password = "short" });
        var taken = await client.PostAsJsonAsync("/api/storefront/v1/customers", new { email = "ada@example.com", password = "short" });

        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Equal(Without(await fresh.Content.ReadAsStringAsync(), "traceId"), Without(await taken.Content.ReadAsStringAsync(), "traceId"));
    }

    [Fact]
    public async Task TheWebFormAnswersATakenAddressAsItAnswersANewOne()
    {
        var store = await CustomerStore.CreateAsync(Factory);
        await new ShopperSession(store).PostFormAsync("account/sign-up", "account/sign-up", Form("ada@example.com"));

        var fresh = await PostWithoutFollowingAsync(store, Form("bea@example.com"));
        var taken = await PostWithoutFollowingAsync(store, Form("Ada@example.com"));

        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
        Assert.Equal(fresh.StatusCode, taken.StatusCode);
        Assert.Equal(fresh.Headers.Location, taken.Headers.Location);
        Assert.DoesNotContain(fresh.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.Contains(".Auth", StringComparison.Ordinal));
        Assert.Single(MailOf(store));
    }

    private static async Task<HttpResponseMessage> PostWithoutFollowingAsync(TestTenant store, Dictionary<string, string> fields)
    {
        var client = store.CreateClient(followRedirects: false);
        var page = await client.GetStringAsync("account/sign-up");
        return await client.PostAsync("account/sign-up", new FormUrlEncodedContent(FormFields.WithAntiforgery(page, fields)));
    }

    private static Dictionary<string, string> Form(string email) => new()
    {
        ["email"] = email, ["password"] = ShopperSession.Password, ["confirm"] = ShopperSession.Password, ["returnUrl"] = "/account/addresses",
    };

    private static string[] MailOf(TestTenant store)
    {
        var folder = Path.Combine(Factory.AppData, "Sites", store.Name, "Mail");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [];
    }

    private static string Without(string json, string property)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        node.Remove(property);
        node.Remove("instance");
        return node.ToJsonString();
    }
}
