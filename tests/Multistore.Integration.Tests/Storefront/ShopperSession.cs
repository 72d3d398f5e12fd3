using System.Net;
using System.Net.Http.Json;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Storefront;

/// <summary>A shopper with an account who signs in on the web storefront and posts its forms with their antiforgery token.</summary>
public sealed class ShopperSession(TestTenant store)
{
    public const string Password = "Correct-Horse-9";

    public HttpClient Client { get; } = store.CreateClient();

    public static async Task<ShopperSession> SignedInAsync(TestTenant store, string email)
    {
        var session = new ShopperSession(store);
        var signUp = await session.Client.PostAsJsonAsync("/api/storefront/v1/customers", new { email, password = Password });
        Assert.Equal(HttpStatusCode.Accepted, signUp.StatusCode);
        var signedIn = await session.PostFormAsync("account/sign-in", "account/sign-in", new() { ["email"] = email, ["password"] = Password, ["returnUrl"] = "/account/addresses" });
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.EndsWith("/account/addresses", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
        return session;
    }

    /// <summary>Reads the form's token from <paramref name="page"/>, then posts <paramref name="fields"/> with it to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string page, string action, Dictionary<string, string> fields)
    {
        return await Client.PostAsync(action, new FormUrlEncodedContent(FormFields.WithAntiforgery(await Client.GetStringAsync(page), fields)));
    }
}
