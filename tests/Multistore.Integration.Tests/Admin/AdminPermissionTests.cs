using System.Net;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Admin;

public sealed class AdminPermissionTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    private const string EditorRecipe = """
        {
          "name": "admin-editor",
          "parameters": [ { "name": "AdminEmail" }, { "name": "AdminPassword" }, { "name": "SiteName" } ],
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "users", "users": [ { "email": "editor@example.com", "password": "${AdminPassword}", "roles": [ "Editor" ] } ] }
          ]
        }
        """;

    [Fact]
    public async Task EditorWithoutSettingsPermissionGetsForbidden()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(EditorRecipe, AdminSession.Parameters("owner@example.com"));
        var session = new AdminSession(tenant);
        await session.SignInAsync("editor@example.com");

        var dashboard = await session.Client.GetAsync("admin");
        var settings = await session.Client.GetAsync("admin/settings/site");
        var post = await session.Client.PostAsync("admin/settings/site", new FormUrlEncodedContent(new Dictionary<string, string> { ["SiteName"] = "Hijacked" }));

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.DoesNotContain("/admin/settings/site", HtmlPage.Parse(await dashboard.Content.ReadAsStringAsync()).Links());
        Assert.Equal(HttpStatusCode.Forbidden, settings.StatusCode);
        Assert.Equal("Not allowed", (await HtmlPage.ParseAsync(settings)).Heading());
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.DoesNotContain("Hijacked", (await HtmlPage.GetAsync(tenant.CreateClient(), "/")).Text());
    }

    [Fact]
    public async Task RecipeRejectsUnknownRoleAndWeakPassword()
    {
        const string recipe = """
            {
              "name": "admin-bad-users",
              "steps": [
                { "name": "features", "enable": [ "Multistore.Admin" ] },
                { "name": "users", "users": [ { "email": "someone@example.com", "password": "short", "roles": [ "Owner" ] } ] }
              ]
            }
            """;

        var error = await Assert.ThrowsAsync<Recipes.RecipeException>(() => Factory.CreateTenantFromJsonAsync(recipe));

        Assert.Contains("users[0].password", error.Message);
        Assert.Contains("users[0].roles[0]", error.Message);
        Assert.Contains("is not a built-in role", error.Message);
    }
}
