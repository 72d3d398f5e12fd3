using Microsoft.AspNetCore.Mvc.Testing;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Tenants;

/// <summary>The SaaS host's administrator, signed in on the host's own name, posting admin forms with their antiforgery token.</summary>
public sealed class HostAdminSession(HttpClient client)
{
    public const string Email = "admin@example.com";

    /// <summary>The password the tests' configuration gives the host's administrator (recipes publish none).</summary>
    public const string Password = Fixtures.MultistoreFactory.AdminPassword;

    public HttpClient Client { get; } = client;

    public static async Task<HostAdminSession> SignInAsync() => await SignInAsync(await SaasHost.ReadyAsync());

    /// <summary>Signs in on another host declared like <see cref="SaasHost"/> (its Default tenant the SaaS host on host.test).</summary>
    public static async Task<HostAdminSession> SignInAsync(Fixtures.MultistoreFactory factory)
    {
        await SaasHost.WaitForAsync(factory, Multistore.Tenancy.TenantSettings.DefaultName, Multistore.Tenancy.TenantState.Running, seconds: 180);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{SaasHost.HostName}/"), HandleCookies = true });
        var session = new HostAdminSession(client);
        (await session.PostAsync("admin/login", new() { ["Email"] = Email, ["Password"] = Password })).EnsureSuccessStatusCode();
        return session;
    }

    /// <summary>Posts the form of the page at <paramref name="path"/> back to it, with the page's antiforgery token.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string> fields) => PostAsync(path, fields, path);

    /// <summary>Posts a form of the page at <paramref name="page"/> to <paramref name="action"/>, with the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostAsync(string page, Dictionary<string, string> fields, string action)
    {
        fields["__RequestVerificationToken"] = FormFields.AntiforgeryToken(await Client.GetStringAsync(page));
        return await Client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>The messages shown under one form field.</summary>
    public static IReadOnlyList<string> FieldErrors(string html, string field) =>
        [.. HtmlPage.Parse(html).All($"span.field-error[id='{field}-error']").Select(e => e.TextContent)];
}
