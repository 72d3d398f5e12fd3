using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Tenants.CommandLine;
using Multistore.Tenants;

namespace Multistore.Integration.Tests.Tenants;

/// <summary>
/// A store created without an AdminPassword gets a generated one, shown once, at every door; the published demo password
/// opens nothing (issue 14: stores made as the docs showed had the SaaS host's own password).
/// </summary>
public sealed partial class GeneratedAdminPasswordTests
{
    private const string PublishedPassword = "Demo!Admin2026";

    private static async Task<HttpStatusCode> SignInAsync(string host, string password)
    {
        var client = SaasHost.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{host}/"), HandleCookies = true, AllowAutoRedirect = false });
        var token = FormFields.AntiforgeryToken(await client.GetStringAsync("admin/login"));
        var response = await client.PostAsync("admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "admin@example.com", ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));
        return response.StatusCode;
    }

    [Fact]
    public async Task TheApiShowsAGeneratedPasswordOnceAndThePublishedOneOpensNothing()
    {
        var api = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.View, TenantsPermissions.Manage));
        var name = TestTenant.NewName();

        var created = await api.PostAsJsonAsync("api/tenants", new { name, hosts = new[] { $"{name}.test" }, recipe = "store" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var password = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("adminPassword").GetString()!;
        Assert.NotEqual(PublishedPassword, password);
        Assert.True(password.Length >= 20);
        Assert.Equal(HttpStatusCode.BadRequest, await SignInAsync($"{name}.test", PublishedPassword));
        Assert.Equal(HttpStatusCode.Redirect, await SignInAsync($"{name}.test", password));
        Assert.False((await api.GetFromJsonAsync<JsonElement>($"api/tenants/{name}")).TryGetProperty("adminPassword", out _));
    }

    [Fact]
    public async Task TheApiUsesThePasswordTheRequestGives()
    {
        var api = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.Manage));
        var name = TestTenant.NewName();

        var created = await api.PostAsJsonAsync("api/tenants", new
        {
            name, hosts = new[] { $"{name}.test" }, recipe = "store", parameters = new { AdminPassword = "Chosen!Pass2026" },
        });

        Assert.False((await created.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("adminPassword", out _));
        Assert.Equal(HttpStatusCode.Redirect, await SignInAsync($"{name}.test", "Chosen!Pass2026"));
    }

    [Fact]
    public async Task TheCommandLinePrintsTheGeneratedPasswordOnce()
    {
        var factory = await SaasHost.ReadyAsync();
        var name = TestTenant.NewName();
        var (exit, output) = await TenantsCommandLineTests.RunAsync(factory, "tenants", "create", "--name", name, "--host", $"{name}.test", "--recipe", "store");

        Assert.True(exit == 0, output);
        var password = PrintedPassword().Match(output).Groups[1].Value;
        Assert.NotEmpty(password);
        await SaasHost.WaitForAsync(factory, name, Multistore.Tenancy.TenantState.Running, seconds: 30);
        Assert.Equal(HttpStatusCode.Redirect, await SignInAsync($"{name}.test", password));
        Assert.Equal(HttpStatusCode.BadRequest, await SignInAsync($"{name}.test", PublishedPassword));
    }

    [Fact]
    public async Task TheAdminFormShowsTheGeneratedPasswordOnce()
    {
        var admin = await HostAdminSession.SignInAsync();
        var name = TestTenant.NewName();

        var created = await admin.PostAsync("admin/tenants/new", new() { ["Name"] = name, ["Hosts"] = $"{name}.test", ["Recipe"] = "store" });

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var password = (await HtmlPage.ParseAsync(created)).Text("code#generated-password");
        Assert.NotEmpty(password);
        Assert.Equal(HttpStatusCode.Redirect, await SignInAsync($"{name}.test", password));
        Assert.Equal(HttpStatusCode.BadRequest, await SignInAsync($"{name}.test", PublishedPassword));
    }

    [GeneratedRegex("the administrator's password is (\\S+) \\(shown this once")]
    private static partial Regex PrintedPassword();
}
