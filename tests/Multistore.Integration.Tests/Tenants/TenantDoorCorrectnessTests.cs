using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Setup;
using Multistore.Shells;
using Multistore.Tenancy;
using Multistore.Tenants.CommandLine;
using Multistore.Tenants;

namespace Multistore.Integration.Tests.Tenants;

/// <summary>
/// Requests the tenant doors once took and did something else with (issue 14): a rollout onto the SaaS host, a feature
/// profile a store already breaks, a recipe sent as a string, a fragment recipe used as a store. Each is refused naming
/// the field, and nothing changes.
/// </summary>
public sealed class TenantDoorCorrectnessTests
{
    private static async Task<IReadOnlyList<string>> ErrorsAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!)];
    }

    private static Task<IReadOnlyList<string>> HostFeaturesAsync() =>
        SaasHost.Factory.Service<TenantFeatures>().EnabledAsync(TenantSettings.DefaultName, CancellationToken.None);

    [Fact]
    public async Task ARolloutNamingTheSaasHostIsRefusedAtTheApiAndChangesNothing()
    {
        var api = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.Features));
        var store = await SaasHost.Factory.CreateTenantAsync("store");
        var before = await HostFeaturesAsync();

        var response = await api.PostAsJsonAsync("api/feature-rollouts", new { feature = "Multistore.Search", enable = true, tenants = new[] { store.Name, "default" } });

        Assert.Contains("'default' is the SaaS host", Assert.Single(await ErrorsAsync(response, "tenants")));
        Assert.Equal(before, await HostFeaturesAsync());
        Assert.DoesNotContain("Multistore.Search", await SaasHost.Factory.Service<TenantFeatures>().EnabledAsync(store.Name, CancellationToken.None));
    }

    [Fact]
    public async Task ARolloutNamingTheSaasHostIsRefusedAtTheAdminFormAndChangesNothing()
    {
        var admin = await HostAdminSession.SignInAsync();
        var before = await HostFeaturesAsync();

        var response = await admin.PostAsync("admin/tenants/rollout", new() { ["feature"] = "Multistore.Search", ["mode"] = "enable", ["tenants"] = "Default" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'Default' is the SaaS host", (await HtmlPage.ParseAsync(response)).Text("#rollout-error"), StringComparison.Ordinal);
        Assert.Equal(before, await HostFeaturesAsync());
    }

    [Fact]
    public async Task AFeatureProfileTheStoresFeaturesBreakIsRefusedNamingThem()
    {
        var api = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.Manage, TenantsPermissions.Features));
        var profile = TestTenant.NewName();
        var rules = new[] { new { rule = "Exclude", expression = "Multistore.Pricing" }, new { rule = "Include", expression = "Multistore.*" } };
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"api/feature-profiles/{profile}", new { description = "no prices", rules })).StatusCode);
        var store = await SaasHost.Factory.CreateTenantAsync("store");

        var response = await api.PatchAsJsonAsync($"api/tenants/{store.Name}", new { featureProfile = profile });

        Assert.Contains(await ErrorsAsync(response, "featureProfile"), m => m.Contains("'Multistore.Pricing'", StringComparison.Ordinal) && m.Contains(profile, StringComparison.Ordinal));
        Assert.Null(SaasHost.Factory.Service<TenantRegistry>().Find(store.Name)!.FeatureProfile);
        var allowing = TestTenant.NewName();
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"api/feature-profiles/{allowing}", new { description = "all", rules = new[] { new { rule = "Include", expression = "Multistore.*" } } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PatchAsJsonAsync($"api/tenants/{store.Name}", new { featureProfile = allowing })).StatusCode);
    }

    [Fact]
    public async Task TheAdminEditFormRefusesAFeatureProfileTheStoresFeaturesBreak()
    {
        var api = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.Features));
        var profile = TestTenant.NewName();
        var rules = new[] { new { rule = "Exclude", expression = "Multistore.Pricing" }, new { rule = "Include", expression = "Multistore.*" } };
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"api/feature-profiles/{profile}", new { description = "no prices", rules })).StatusCode);
        var store = await SaasHost.Factory.CreateTenantAsync("store");
        var admin = await HostAdminSession.SignInAsync();

        var response = await admin.PostAsync($"admin/tenants/{store.Name}/edit", new() { ["Hosts"] = store.Host, ["FeatureProfile"] = profile });

        Assert.Contains(HostAdminSession.FieldErrors(await response.Content.ReadAsStringAsync(), "FeatureProfile"),
            m => m.Contains("'Multistore.Pricing'", StringComparison.Ordinal));
        Assert.Null(SaasHost.Factory.Service<TenantRegistry>().Find(store.Name)!.FeatureProfile);
    }

    [Fact]
    public async Task ARecipeSentAsAStringIsReadAndAnythingElseIsRefusedNamingTheField()
    {
        var api = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.Manage));
        var recipe = """
            { "name": "as-string", "steps": [
              { "name": "features", "enable": [ "Multistore.Catalog", "Multistore.Pricing", "Multistore.Storefront" ] },
              { "name": "settings", "Site": { "SiteName": "Sent As String" } } ] }
            """;
        var name = TestTenant.NewName();

        var created = await api.PostAsJsonAsync("api/tenants", new { name, hosts = new[] { $"{name}.test" }, recipeJson = recipe });
        var number = TestTenant.NewName();
        var refused = await api.PostAsJsonAsync("api/tenants", new { name = number, hosts = new[] { $"{number}.test" }, recipeJson = 42 });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Running", (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        Assert.Equal("Sent As String", (await HtmlPage.GetAsync(SaasHost.Client(null, $"{name}.test"), "/")).Heading());
        Assert.Contains("it is a number", Assert.Single(await ErrorsAsync(refused, "recipeJson")));
        Assert.Null(SaasHost.Factory.Service<TenantRegistry>().Find(number));
    }

    [Theory]
    [InlineData("demo-nordic-catalog", "is a fragment")]
    [InlineData("payments-stripe", "is a fragment")]
    [InlineData("saas", "sets up the SaaS host")]
    public async Task TheApiRefusesARecipeThatIsNotAStore(string recipe, string reason)
    {
        var api = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.Manage));
        var name = TestTenant.NewName();

        var now = await api.PostAsJsonAsync("api/tenants", new { name, hosts = new[] { $"{name}.test" }, recipe });
        var later = await api.PostAsJsonAsync("api/tenants", new { name, hosts = new[] { $"{name}.test" }, recipe, setup = false });
        var link = await api.PostAsJsonAsync("api/tenants", new { name, hosts = new[] { $"{name}.test" }, recipe, setupLink = true });

        foreach (var response in new[] { now, later, link })
        {
            Assert.Contains($"Recipe '{recipe}' {reason}", Assert.Single(await ErrorsAsync(response, "recipe")));
        }

        Assert.Null(SaasHost.Factory.Service<TenantRegistry>().Find(name));
    }

    [Fact]
    public async Task TheCommandLineAndTheAdminFormRefuseAFragmentRecipe()
    {
        var factory = await SaasHost.ReadyAsync();
        var name = TestTenant.NewName();
        var output = new StringWriter();

        var exit = await TenantsCommandLine.RunAsync(["tenants", "create", "--name", name, "--host", $"{name}.test", "--recipe", "demo-outlet-catalog"],
            SaasHost.SettingsOf(factory), output);
        var admin = await HostAdminSession.SignInAsync();
        var form = await admin.Client.GetStringAsync("admin/tenants/new");
        var posted = await admin.PostAsync("admin/tenants/new", new() { ["Name"] = name, ["Hosts"] = $"{name}.test", ["Recipe"] = "demo-outlet-catalog" });

        Assert.NotEqual(0, exit);
        Assert.Contains("error: recipe: Recipe 'demo-outlet-catalog' is a fragment", output.ToString());
        Assert.DoesNotContain("demo-outlet-catalog", HtmlPage.Parse(form).ValueAttributes());
        Assert.Contains("nordic-se", HtmlPage.Parse(form).ValueAttributes());
        Assert.Contains("Recipe 'demo-outlet-catalog' is a fragment", Assert.Single(HostAdminSession.FieldErrors(await posted.Content.ReadAsStringAsync(), "Recipe")));
        Assert.Null(factory.Service<TenantRegistry>().Find(name));
    }
}
