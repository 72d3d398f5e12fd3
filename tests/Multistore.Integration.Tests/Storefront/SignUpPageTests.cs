using System.Net;
using System.Net.Http.Json;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.StorefrontApi;

namespace Multistore.Integration.Tests.Storefront;

/// <summary>The web sign-up page: a shopper creates an account in the store's language, is told to sign in (nothing says
/// whether the address had an account), and after signing in lands where they were going.</summary>
public sealed class SignUpPageTests
{
    private static Dictionary<string, string> Form(string email, string password, string confirm, string returnUrl = "/account/addresses") => new()
    {
        ["email"] = email, ["password"] = password, ["confirm"] = confirm, ["returnUrl"] = returnUrl,
    };

    [Fact]
    public async Task CreatesTheAccountThenTheShopperSignsInAndReturnsToTheLocalPage()
    {
        var store = await CustomerStore.CreateAsync(MultistoreFactory.Shared);
        var shopper = new ShopperSession(store);

        var page = await HtmlPage.GetAsync(shopper.Client, "account/sign-up?returnUrl=/account/addresses");
        Assert.Equal("Konto erstellen", page.Text("h1"));
        Assert.Contains("Passwort bestätigen", page.Texts("label"));
        Assert.Equal("/account/addresses", page.Field("returnUrl"));

        var created = await shopper.PostFormAsync("account/sign-up", "account/sign-up", Form("neu@example.com", ShopperSession.Password, ShopperSession.Password));

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.EndsWith("/account/sign-in", created.RequestMessage!.RequestUri!.AbsolutePath);
        var signInPage = await HtmlPage.ParseAsync(created);
        Assert.Contains("Vielen Dank. Ist diese Adresse neu, ist Ihr Konto bereit", signInPage.Text());
        Assert.Equal("/account/addresses", signInPage.Field("returnUrl"));
        var signedIn = await shopper.PostFormAsync(created.RequestMessage.RequestUri.PathAndQuery.TrimStart('/'), "account/sign-in",
            new() { ["email"] = "neu@example.com", ["password"] = ShopperSession.Password, ["returnUrl"] = "/account/addresses" });
        Assert.EndsWith("/account/addresses", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.True((await HtmlPage.ParseAsync(signedIn)).Has("form.address-form"), "The address book shows its form.");
        var token = await shopper.Client.PostAsJsonAsync("/api/storefront/v1/customers/token", new { email = "neu@example.com", password = ShopperSession.Password });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }

    [Fact]
    public async Task NamesTheFieldOfEachRefusalInTheStoreLanguage()
    {
        var store = await CustomerStore.CreateAsync(MultistoreFactory.Shared);
        var shopper = new ShopperSession(store);

        var weak = await shopper.PostFormAsync("account/sign-up", "account/sign-up", Form("kurz@example.com", "kurz", "kurz"));
        var weakPage = await HtmlPage.ParseAsync(weak);
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Equal("Das Passwort muss mindestens 8 Zeichen lang sein.", weakPage.Text("[role=alert] li[data-field=password]"));
        Assert.Equal("#sign-up-password", weakPage.Attribute("li[data-field=password] a", "href"));
        Assert.Equal("password", weakPage.Attribute("#sign-up-password", "name"));
        Assert.Equal("true", weakPage.Attribute("#sign-up-password", "aria-invalid"));
        Assert.Equal("kurz@example.com", weakPage.Field("email"));

        var mismatch = await shopper.PostFormAsync("account/sign-up", "account/sign-up", Form("zwei@example.com", ShopperSession.Password, "Other-Horse-9"));
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.Contains("Die beiden Passwörter stimmen nicht überein.", (await HtmlPage.ParseAsync(mismatch)).Texts("[role=alert] li"));

        var tooLong = await shopper.PostFormAsync("account/sign-up", "account/sign-up", Form(new string('a', 250) + "@example.com", ShopperSession.Password, ShopperSession.Password));
        var tooLongPage = await HtmlPage.ParseAsync(tooLong);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("Die E-Mail-Adresse darf höchstens 254 Zeichen lang sein.", tooLongPage.Text("[role=alert] li[data-field=email]"));
    }

    [Fact]
    public async Task SendsAForeignReturnUrlToTheAccountAndRefusesAFormWithoutItsToken()
    {
        var store = await CustomerStore.CreateAsync(MultistoreFactory.Shared);
        var shopper = new ShopperSession(store);

        var created = await shopper.PostFormAsync("account/sign-up", "account/sign-up", Form("weg@example.com", ShopperSession.Password, ShopperSession.Password, "//evil.example/steal"));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal("/account/sign-in", created.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(store.BaseAddress.Host, created.RequestMessage.RequestUri.Host);
        Assert.Equal("/account/orders", (await HtmlPage.ParseAsync(created)).Field("returnUrl"));

        var forged = await store.CreateClient().PostAsync("account/sign-up", new FormUrlEncodedContent(Form("forged@example.com", ShopperSession.Password, ShopperSession.Password)));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task SignInPageLinksToSignUpKeepingTheReturnUrl()
    {
        var store = await CustomerStore.CreateAsync(MultistoreFactory.Shared);

        var page = await HtmlPage.GetAsync(store.CreateClient(), "account/sign-in?returnUrl=/account/addresses");

        Assert.Equal("Konto erstellen", page.Text("a[href='/account/sign-up?returnUrl=%2Faccount%2Faddresses']"));
    }
}
