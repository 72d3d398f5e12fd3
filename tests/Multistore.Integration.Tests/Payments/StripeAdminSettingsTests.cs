using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Commerce;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Payments.Stripe.Services;

namespace Multistore.Integration.Tests.Payments;

public sealed class StripeAdminSettingsTests : IAsyncLifetime
{
    private const string Page = "admin/settings/payments/stripe";
    private StripeStore _store = null!;
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _store = await StripeStore.CreateAsync();
        _admin = _store.Tenant.CreateClient(followRedirects: false);
        _admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var signedIn = await PostAsync("admin/login", "admin/login", new() { ["Email"] = "admin@example.com", ["Password"] = "Demo!Admin2026" });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    public async Task DisposeAsync() => await _store.Stripe.DisposeAsync();

    [Fact]
    public async Task StoredSecretsAreNeverRenderedAndAnEmptyFieldKeepsThem()
    {
        var html = await _admin.GetStringAsync(Page);
        var page = HtmlPage.Parse(html);
        Assert.Contains(page.All("span.tag.on"), tag => tag.TextContent == "set" && tag.ParentElement!.TextContent.Contains("Secret key", StringComparison.Ordinal));
        Assert.Contains(page.All("span.tag.on"), tag => tag.TextContent == "set" && tag.ParentElement!.TextContent.Contains("Webhook signing secret", StringComparison.Ordinal));
        Assert.Equal("pk_test_public", page.Field("PublishableKey"));
        Assert.DoesNotContain(StripeStore.SecretKey, html, StringComparison.Ordinal);
        Assert.DoesNotContain(StripeStore.WebhookSecret, html, StringComparison.Ordinal);

        var saved = await PostAsync(Page, Page, new() { ["PublishableKey"] = "pk_test_rotated", ["SecretKey"] = "", ["WebhookSecret"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(StripeStore.SecretKey, await _store.WithAsync(sp => sp.GetRequiredService<StripeSecretStore>().SecretKeyAsync(CancellationToken.None)));
        Assert.Equal("pk_test_rotated", (await HtmlPage.GetAsync(_admin, Page)).Field("PublishableKey"));
    }

    [Fact]
    public async Task AnApiAddressPostedWithTheFormChangesNothing()
    {
        var saved = await PostAsync(Page, Page, new() { ["PublishableKey"] = "pk_test_public", ["SecretKey"] = "", ["WebhookSecret"] = "", ["ApiBase"] = "http://127.0.0.1:9/collect" });
        var html = await _admin.GetStringAsync(Page);
        var key = Guid.NewGuid().ToString("N");
        var started = await _store.StartAsync(StripeStore.Request(20m, key));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.False(HtmlPage.Parse(html).Has("[name=ApiBase]"), "The form has no API address field.");
        Assert.DoesNotContain("127.0.0.1:9", html, StringComparison.Ordinal);
        Assert.Equal(PaymentStatus.Pending, started.Status);
        Assert.Contains("POST /v1/payment_intents", _store.Stripe.CallsFor(key));
    }

    [Fact]
    public async Task AWrongKeyIsRefusedWithoutEchoingIt()
    {
        var refused = await PostAsync(Page, Page, new() { ["PublishableKey"] = "pk_test_public", ["SecretKey"] = "sk_live_butTypedIntoTheWrongBoxX", ["WebhookSecret"] = "sk_not_a_webhook_secretX" });
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("whsec_", HtmlPage.Parse(html).FieldError("WebhookSecret"), StringComparison.Ordinal);
        Assert.DoesNotContain("sk_live_butTypedIntoTheWrongBoxX", html, StringComparison.Ordinal);
        Assert.DoesNotContain("sk_not_a_webhook_secretX", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATypedSecretReplacesTheStoredOneEncrypted()
    {
        var saved = await PostAsync(Page, Page, new() { ["PublishableKey"] = "pk_test_public", ["SecretKey"] = "sk_test_rotatedSecret1234", ["WebhookSecret"] = "" });
        var html = await _admin.GetStringAsync(Page);
        var stored = await _store.WithAsync(sp => sp.GetRequiredService<Multistore.Payments.Stripe.StripeDbContext>().Secrets.AsNoTracking().SingleAsync());

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("sk_test_rotatedSecret1234", await _store.WithAsync(sp => sp.GetRequiredService<StripeSecretStore>().SecretKeyAsync(CancellationToken.None)));
        Assert.Equal(StripeStore.WebhookSecret, await _store.WithAsync(sp => sp.GetRequiredService<StripeSecretStore>().WebhookSecretAsync(CancellationToken.None)));
        Assert.DoesNotContain("rotatedSecret", stored.SecretKeyProtected, StringComparison.Ordinal);
        Assert.DoesNotContain("rotatedSecret", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditorCannotOpenOrChangeTheStripeSettings()
    {
        var editor = _store.Tenant.CreateClient(followRedirects: false);
        editor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        await _store.WithAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<IdentityUser>>();
            var user = new IdentityUser("editor@example.com") { Email = "editor@example.com", EmailConfirmed = true };
            await users.CreateAsync(user, "Test!Pass2026");
            return await users.AddToRoleAsync(user, "Editor");
        });
        var login = await editor.GetStringAsync("admin/login");
        await editor.PostAsync("admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = FormFields.AntiforgeryToken(login), ["Email"] = "editor@example.com", ["Password"] = "Test!Pass2026",
        }));

        var page = await editor.GetAsync(Page);
        var post = await editor.PostAsync(Page, new FormUrlEncodedContent(new Dictionary<string, string> { ["SecretKey"] = "sk_test_hijackedKey00" }));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(StripeStore.SecretKey, await _store.WithAsync(sp => sp.GetRequiredService<StripeSecretStore>().SecretKeyAsync(CancellationToken.None)));
    }

    private async Task<HttpResponseMessage> PostAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        var html = await _admin.GetStringAsync(formPage);
        fields["__RequestVerificationToken"] = FormFields.AntiforgeryToken(html);
        return await _admin.PostAsync(action, new FormUrlEncodedContent(fields));
    }
}
