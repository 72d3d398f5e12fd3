using System.Net;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Admin;

/// <summary>
/// A browser-like client of a tenant's admin: keeps cookies, posts forms with their antiforgery token. Like a browser it
/// sends Accept-Language (en-US unless told otherwise: null sends none), which picks the admin's language.
/// </summary>
public sealed class AdminSession(TestTenant tenant, string? acceptLanguage = "en-US")
{
    public const string Password = "Test!Pass2026";

    public HttpClient Client { get; } = WithLanguage(tenant.CreateClient(followRedirects: false), acceptLanguage);

    public static IReadOnlyDictionary<string, string> Parameters(string email, string siteName = "Admin Test Store") =>
        new Dictionary<string, string> { ["AdminEmail"] = email, ["AdminPassword"] = Password, ["SiteName"] = siteName };

    public Task<HttpResponseMessage> SignInAsync(string email, string password = Password) =>
        PostFormAsync("admin/login", "admin/login", new() { ["Email"] = email, ["Password"] = password });

    /// <summary>Loads <paramref name="formPage"/> for its antiforgery token, then posts the fields to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        var page = await Client.GetAsync(formPage);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {formPage} answered {page.StatusCode}: {html}");
        fields["__RequestVerificationToken"] = TokenOf(html);
        return await Client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static string TokenOf(string html) => FormFields.AntiforgeryToken(html);

    private static HttpClient WithLanguage(HttpClient client, string? language)
    {
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return client;
    }
}
