using System.Net;
using System.Text.RegularExpressions;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Admin;

public sealed partial class AdminPasswordResetTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task ResetLinkFromTheEmailSetsANewPassword()
    {
        var tenant = await Factory.CreateTenantAsync("store", AdminSession.Parameters("owner@example.com"));
        var session = new AdminSession(tenant);

        var request = await session.PostFormAsync("admin/forgot-password", "admin/forgot-password", new() { ["Email"] = "owner@example.com" });
        var mail = Directory.GetFiles(Path.Combine(Factory.AppData, "Sites", tenant.Name, "Mail"), "*.eml").Single();
        var link = new Uri(LinkPattern().Match(await File.ReadAllTextAsync(mail)).Value);
        var reset = await session.PostFormAsync(link.PathAndQuery, "admin/reset-password", new()
        {
            ["Email"] = "owner@example.com",
            ["Token"] = System.Web.HttpUtility.ParseQueryString(link.Query)["token"]!,
            ["Password"] = "Brand!New2026",
            ["ConfirmPassword"] = "Brand!New2026",
        });

        Assert.Equal("/admin/login", request.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await session.SignInAsync("owner@example.com")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync("owner@example.com", "Brand!New2026")).StatusCode);
    }

    [Fact]
    public async Task UnknownAddressGetsTheSameAnswerAndNoEmail()
    {
        var tenant = await Factory.CreateTenantAsync("store", AdminSession.Parameters("owner@example.com"));

        var response = await new AdminSession(tenant).PostFormAsync("admin/forgot-password", "admin/forgot-password", new() { ["Email"] = "nobody@example.com" });

        Assert.Equal("/admin/login", response.Headers.Location?.OriginalString);
        Assert.False(Directory.Exists(Path.Combine(Factory.AppData, "Sites", tenant.Name, "Mail")));
    }

    [Fact]
    public async Task TheLinkNamesTheStoresOwnAddressWhateverHostTheRequestNamed()
    {
        var tenant = await Factory.CreateTenantAsync("store", AdminSession.Parameters("owner@example.com"));
        var forged = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri($"http://{tenant.Host}:6666/"), AllowAutoRedirect = false,
        });
        var page = await forged.GetStringAsync("admin/forgot-password");

        using var request = new HttpRequestMessage(HttpMethod.Post, "admin/forgot-password")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "owner@example.com", ["__RequestVerificationToken"] = AdminSession.TokenOf(page) }),
        };
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        Assert.Equal(HttpStatusCode.Redirect, (await forged.SendAsync(request)).StatusCode);

        var mail = await File.ReadAllTextAsync(Directory.GetFiles(Path.Combine(Factory.AppData, "Sites", tenant.Name, "Mail"), "*.eml").Single());
        var link = new Uri(LinkPattern().Match(mail).Value);
        Assert.Equal($"https://{tenant.Host}/admin/reset-password", link.GetLeftPart(UriPartial.Path));
    }

    [GeneratedRegex(@"https?://\S+/admin/reset-password\?\S+")]
    private static partial Regex LinkPattern();
}
