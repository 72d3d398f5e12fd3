using System.Net;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Admin;

public sealed class UserAdminTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task AdministratorAddsAnEditorWhoCanSignInButNotManageUsers()
    {
        var tenant = await Factory.CreateTenantAsync("store", AdminSession.Parameters("owner@example.com"));
        var owner = new AdminSession(tenant);
        await owner.SignInAsync("owner@example.com");

        var add = await owner.PostFormAsync("admin/users/new", "admin/users/new", new()
        {
            ["Email"] = "writer@example.com",
            ["Password"] = "Writer!Pass2026",
            ["Roles"] = "Editor",
        });
        var list = await HtmlPage.GetAsync(owner.Client, "admin/users");
        var writer = new AdminSession(tenant);
        var signIn = await writer.SignInAsync("writer@example.com", "Writer!Pass2026");

        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        Assert.Equal(["Added writer@example.com."], list.Notices());
        Assert.Contains("writer@example.com", list.Texts("table tbody td:first-child"));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.Client.GetAsync("admin/users")).StatusCode);
    }

    [Fact]
    public async Task NewUserWithWeakPasswordAndNoRoleShowsBothErrors()
    {
        var tenant = await Factory.CreateTenantAsync("store", AdminSession.Parameters("owner@example.com"));
        var owner = new AdminSession(tenant);
        await owner.SignInAsync("owner@example.com");

        var response = await owner.PostFormAsync("admin/users/new", "admin/users/new", new() { ["Email"] = "weak@example.com", ["Password"] = "weak" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Choose at least one role.", HtmlPage.Parse(html).Text("[id='Roles-error']"), StringComparison.Ordinal);
        Assert.DoesNotContain("weak@example.com", (await HtmlPage.GetAsync(owner.Client, "admin/users")).Text());
    }
}
