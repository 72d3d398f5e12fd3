using System.Net;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Tenancy;
using Multistore.Tenants.CommandLine;

namespace Multistore.Integration.Tests.Tenants;

/// <summary>
/// Region and tier at the other doors: the command line (create, list, show), the host admin's create form, list and
/// store page; and a store's own administrator, who has no door to choose a region at all.
/// </summary>
[Collection(RegionHostGroup.Name)]
public sealed class RegionDoorTests(RegionHost regions)
{
    [Fact]
    public async Task TheCommandLineCreatesAStoreInARegionAndListsAndShowsWhereItLives()
    {
        await SaasHost.WaitForAsync(regions.Factory, TenantSettings.DefaultName, TenantState.Running, seconds: 180);
        var name = regions.NewStore();
        var output = new StringWriter();

        var created = await TenantsCommandLine.RunAsync(["tenants", "create", "--name", name, "--host", $"{name}.test", "--recipe", "store",
            "--param", $"AdminPassword={MultistoreFactory.AdminPassword}", "--region", "b", "--tier", "database"], regions.Settings, output);
        var listed = new StringWriter();
        await TenantsCommandLine.RunAsync(["tenants", "list", "--search", name], regions.Settings, listed);
        var shown = new StringWriter();
        await TenantsCommandLine.RunAsync(["tenants", "show", name], regions.Settings, shown);

        Assert.True(created == 0, output.ToString());
        Assert.Equal([$"multistore_{name}"], await RegionHost.DatabasesAsync(RegionHost.ServerB, name));
        Assert.Empty(await RegionHost.DatabasesAsync(RegionHost.ServerA, name));
        var row = Assert.Single(listed.ToString().Split('\n'), l => l.StartsWith(name, StringComparison.Ordinal));
        Assert.Equal(["b", "database"], row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[3..5]);
        Assert.Contains("Region:    b", shown.ToString());
        Assert.Contains("Tier:      database", shown.ToString());
    }

    [Fact]
    public async Task TheCommandLineRefusesATierTheRegionCannotHoldNamingTheChoices()
    {
        var name = regions.NewStore();
        var output = new StringWriter();

        var exit = await TenantsCommandLine.RunAsync(["tenants", "create", "--name", name, "--host", $"{name}.test", "--recipe", "store",
            "--region", "c", "--tier", "schema"], regions.Settings, output);

        Assert.NotEqual(0, exit);
        Assert.Contains("error: tier: Region 'c' cannot hold tier 'schema'", output.ToString());
        Assert.Null(regions.Factory.Service<TenantRegistry>().Find(name));
        Assert.Empty(await RegionHost.DatabasesAsync(RegionHost.ServerB, name));
    }

    [Fact]
    public async Task TheHostAdminCreatesAStoreInARegionAndSeesItsRegionAndTier()
    {
        var admin = await HostAdminSession.SignInAsync(regions.Factory);
        var name = regions.NewStore();
        var form = HtmlPage.Parse(await admin.Client.GetStringAsync("admin/tenants/new"));
        Assert.Contains("b (tiers: schema, database, server)", form.Texts("select#Region option"));

        var response = await admin.PostAsync("admin/tenants/new", new()
        {
            ["Name"] = name, ["Hosts"] = $"{name}.test", ["Recipe"] = "store", ["Parameters"] = $"AdminPassword={MultistoreFactory.AdminPassword}",
            ["DatabaseProvider"] = "Sqlite", ["Region"] = "b", ["Tier"] = "database",
        });

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal([$"multistore_{name}"], await RegionHost.DatabasesAsync(RegionHost.ServerB, name));
        var list = HtmlPage.Parse(await admin.Client.GetStringAsync($"admin/tenants?search={name}"));
        Assert.Equal("b / database", Assert.Single(list.Texts($"tr#tenant-{name} td.placement")));
        var page = HtmlPage.Parse(await admin.Client.GetStringAsync($"admin/tenants/{name}/edit"));
        Assert.Equal("Region: b · tier: database", Assert.Single(page.Texts("p#placement")));
    }

    [Fact]
    public async Task TheAdminFormRefusesAConnectionStringBesideARegionAndRegistersNothing()
    {
        var admin = await HostAdminSession.SignInAsync(regions.Factory);
        var name = regions.NewStore();

        var response = await admin.PostAsync("admin/tenants/new", new()
        {
            ["Name"] = name, ["Hosts"] = $"{name}.test", ["Recipe"] = "store", ["DatabaseProvider"] = "Postgres", ["Region"] = "a", ["Tier"] = "database",
            ["ConnectionString"] = new Npgsql.NpgsqlConnectionStringBuilder(RegionHost.ServerB) { Database = $"multistore_{name}" }.ToString(),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("gets its database from the region's configuration",
            Assert.Single(HostAdminSession.FieldErrors(await response.Content.ReadAsStringAsync(), "ConnectionString")));
        Assert.Null(regions.Factory.Service<TenantRegistry>().Find(name));
        Assert.Empty(await RegionHost.DatabasesAsync(RegionHost.ServerB, name));
    }

    [Fact]
    public async Task AStoresOwnAdministratorHasNoDoorToCreateAStoreOrChooseARegion()
    {
        var store = await regions.Factory.CreateTenantFromJsonAsync(StorefrontApi.CustomerStore.Recipe, AdminSession.Parameters("owner@example.com"));
        var admin = new AdminSession(store);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync("owner@example.com")).StatusCode);
        var name = regions.NewStore();

        var form = await admin.Client.GetAsync("admin/tenants/new");
        var api = await admin.Client.PostAsync("api/tenants", System.Net.Http.Json.JsonContent.Create(new
        {
            name, hosts = new[] { $"{name}.test" }, recipe = "store", region = "b", tier = "database",
        }));

        Assert.Equal(HttpStatusCode.NotFound, form.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Null(regions.Factory.Service<TenantRegistry>().Find(name));
        Assert.Empty(await RegionHost.DatabasesAsync(RegionHost.ServerB, name));
    }
}
