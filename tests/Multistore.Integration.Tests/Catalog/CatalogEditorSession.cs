using System.Net;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Catalog;

/// <summary>
/// An editor signed in to a catalog test store's admin; follows redirects like a browser. The editor reads the admin in
/// English (the catalog test stores' default culture is German, which would otherwise be the admin's language).
/// </summary>
public sealed class CatalogEditorSession
{
    private CatalogEditorSession(HttpClient client)
    {
        Client = client;
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
    }

    public HttpClient Client { get; }

    public static async Task<CatalogEditorSession> SignInAsync(TestTenant tenant)
    {
        var session = new CatalogEditorSession(tenant.CreateClient());
        var response = await session.PostAsync("admin/login", "admin/login", new() { ["Email"] = "admin@example.com", ["Password"] = "Demo!Admin2026", ["ReturnUrl"] = "" });
        response.EnsureSuccessStatusCode();
        return session;
    }

    /// <summary>Loads <paramref name="formPage"/> for its token, posts <paramref name="fields"/> and returns the answer (after redirects).</summary>
    public async Task<HttpResponseMessage> PostAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        var page = await Client.GetAsync(formPage);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {formPage} answered {page.StatusCode}: {html}");
        fields["__RequestVerificationToken"] = AdminSession.TokenOf(html);
        return await Client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>The id of the store's price list named <paramref name="name"/>, read from the product editor's column headers and inputs.</summary>
    public async Task<string> PriceListIdAsync()
    {
        var html = await Client.GetStringAsync("admin/catalog/products/new");
        return HtmlPage.Parse(html).All("input[name^='prices[']").Select(input => input.GetAttribute("name")!["prices[".Length..^1]).FirstOrDefault()
            ?? throw new InvalidOperationException("The editor shows no price list.");
    }

    public static string IdOf(HttpResponseMessage response) =>
        response.RequestMessage!.RequestUri!.Segments[^1];
}
