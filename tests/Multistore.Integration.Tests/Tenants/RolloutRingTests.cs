using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Setup;
using Multistore.Shells;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;
using Multistore.Tenants;

namespace Multistore.Integration.Tests.Tenants;

/// <summary>
/// Rollouts in rings: canaries first, then a wave, then the rest; a rollout stops by itself once failures pass its limit,
/// is resumed from where it stopped, or rolled back on exactly the stores it changed. Every test names its stores, since
/// the SaaS host is shared with other tests.
/// </summary>
public sealed class RolloutRingTests
{
    private const string CatalogOnly = """{ "name": "catalog-only", "steps": [ { "name": "features", "enable": [ "Multistore.Catalog" ] } ] }""";
    private const string Search = "Multistore.Search";

    private static async Task<List<string>> StoresAsync(MultistoreFactory factory, int count)
    {
        var stores = new List<string>();
        for (var i = 0; i < count; i++)
        {
            stores.Add((await factory.CreateTenantFromJsonAsync(CatalogOnly)).Name);
        }

        return stores;
    }

    private static async Task<bool> HasSearchAsync(MultistoreFactory factory, string store) =>
        (await factory.Service<TenantFeatures>().EnabledAsync(store, CancellationToken.None)).Contains(Search);

    private static async Task<string> ProfileWithoutSearchAsync(MultistoreFactory factory)
    {
        var name = "no-search-" + Guid.NewGuid().ToString("N")[..6];
        await factory.Service<FeatureProfileStore>().SaveAsync(new FeatureProfile(name, "Stores without search",
            [new(FeatureRuleKind.Exclude, "Multistore.Search*"), new(FeatureRuleKind.Include, "Multistore.*")]), CancellationToken.None);
        return name;
    }

    [Fact]
    public async Task CanariesGoFirstThenTheWaveThenTheRestAndEachStoreIsReportedAsItIsDone()
    {
        var factory = await SaasHost.ReadyAsync();
        var stores = await StoresAsync(factory, 4);
        var canary = stores[3];
        var others = stores.Take(3).Order(StringComparer.Ordinal).ToList();
        var steps = new List<RolloutStep>();

        var run = await factory.Service<IFeatureRollouts>().StartAsync(new RolloutPlan(Search, true, stores, [canary], 50, 0),
            RolloutExecution.Here, new Recorder(steps), CancellationToken.None);

        Assert.Equal(RolloutRunState.Completed, run.State);
        Assert.Equal([RolloutPlan.CanaryRing, RolloutPlan.WaveRing, RolloutPlan.RestRing], run.Rings.Select(r => r.Name));
        Assert.Equal([canary], run.Rings[0].Tenants);
        Assert.Equal(others.Take(2), run.Rings[1].Tenants);
        Assert.Equal([canary, .. others], run.Results.Select(r => r.Tenant));
        Assert.Equal([canary, .. others], steps.Select(s => s.Result.Tenant));
        Assert.Equal([1, 2, 3, 4], steps.Select(s => s.Done));
        Assert.All(steps, s => Assert.Equal(4, s.Total));
        foreach (var store in stores)
        {
            Assert.True(await HasSearchAsync(factory, store), store);
        }

        var recorded = await factory.Service<IFeatureRollouts>().FindAsync(run.Id, CancellationToken.None);
        Assert.Equal(RolloutRunState.Completed, recorded!.State);
        Assert.Equal(4, recorded.Done);
    }

    [Fact]
    public async Task ARolloutStopsWhenACanaryFailsLeavesTheOtherStoresAloneAndResumesOnceTheCauseIsFixed()
    {
        var factory = await SaasHost.ReadyAsync();
        var stores = await StoresAsync(factory, 3);
        var canary = stores[0];
        await factory.Service<TenantEditService>().EditAsync(canary, new TenantEdit { FeatureProfile = await ProfileWithoutSearchAsync(factory) }, CancellationToken.None);
        var rollouts = factory.Service<IFeatureRollouts>();

        var stopped = await rollouts.StartAsync(new RolloutPlan(Search, true, stores, [canary], 0, 0), RolloutExecution.Here, null, CancellationToken.None);

        Assert.Equal(RolloutRunState.Stopped, stopped.State);
        Assert.Equal(FeatureRolloutOutcome.Failed, Assert.Single(stopped.Results).Outcome);
        Assert.Contains("1 stores failed, more than the 0 allowed", stopped.StoppedBecause);
        Assert.False(await HasSearchAsync(factory, stores[1]));
        Assert.False(await HasSearchAsync(factory, stores[2]));

        await factory.Service<TenantEditService>().EditAsync(canary, new TenantEdit { FeatureProfile = "" }, CancellationToken.None);
        var resumed = await rollouts.ResumeAsync(stopped.Id, RolloutExecution.Here, null, CancellationToken.None);

        Assert.Equal(RolloutRunState.Completed, resumed.State);
        Assert.All(resumed.Results, r => Assert.Equal(FeatureRolloutOutcome.Changed, r.Outcome));
        Assert.Equal(stores.Count, resumed.Results.Count);
        foreach (var store in stores)
        {
            Assert.True(await HasSearchAsync(factory, store), store);
        }

        var again = await Assert.ThrowsAsync<TenantValidationException>(() => rollouts.ResumeAsync(stopped.Id, RolloutExecution.Here, null, CancellationToken.None));
        Assert.Contains("only a stopped rollout can be resumed", again.Errors["state"][0]);
    }

    [Fact]
    public async Task ARollBackSwitchesBackOnlyTheStoresTheRolloutChanged()
    {
        var factory = await SaasHost.ReadyAsync();
        var stores = await StoresAsync(factory, 2);
        await factory.Service<TenantFeatures>().EnableAsync(stores[0], [Search], CancellationToken.None);
        var rollouts = factory.Service<IFeatureRollouts>();
        var run = await rollouts.StartAsync(new RolloutPlan(Search, true, stores, null, 0, 0), RolloutExecution.Here, null, CancellationToken.None);
        Assert.Equal(FeatureRolloutOutcome.Unchanged, run.Results.Single(r => r.Tenant == stores[0]).Outcome);
        Assert.Equal(FeatureRolloutOutcome.Changed, run.Results.Single(r => r.Tenant == stores[1]).Outcome);

        var rolledBack = await rollouts.RollBackAsync(run.Id, RolloutExecution.Here, null, CancellationToken.None);

        Assert.Equal(RolloutRunState.RolledBack, rolledBack.State);
        Assert.Equal(stores[1], Assert.Single(rolledBack.RollbackResults).Tenant);
        Assert.True(await HasSearchAsync(factory, stores[0]));
        Assert.False(await HasSearchAsync(factory, stores[1]));
        var twice = await Assert.ThrowsAsync<TenantValidationException>(() => rollouts.RollBackAsync(run.Id, RolloutExecution.Here, null, CancellationToken.None));
        Assert.Contains("is rolled back", twice.Errors["state"][0]);
    }

    [Fact]
    public async Task TheSaasHostUnknownStoresAndBadRingsAreRefusedBeforeAnythingIsRecorded()
    {
        var factory = await SaasHost.ReadyAsync();
        var stores = await StoresAsync(factory, 1);
        var rollouts = factory.Service<IFeatureRollouts>();
        var before = (await rollouts.ListAsync(200, CancellationToken.None)).Count;

        var host = await Assert.ThrowsAsync<TenantValidationException>(() => rollouts.StartAsync(
            new RolloutPlan(Search, true, stores, ["Default"], 0, 0), RolloutExecution.Here, null, CancellationToken.None));
        var bad = await Assert.ThrowsAsync<TenantValidationException>(() => rollouts.StartAsync(
            new RolloutPlan("Multistore.Nothing", true, [stores[0], "no-such-store"], ["also-not-a-store"], 150, -1), RolloutExecution.Here, null, CancellationToken.None));

        Assert.Contains("'Default' is the SaaS host", host.Errors["canaries"][0]);
        Assert.Contains("There is no feature 'Multistore.Nothing'", bad.Errors["feature"][0]);
        Assert.Contains("There is no store 'no-such-store'", bad.Errors["tenants"][0]);
        Assert.Contains("There is no store 'also-not-a-store'", bad.Errors["canaries"][0]);
        Assert.Contains("not 150", bad.Errors["wavePercent"][0]);
        Assert.Contains("(-1)", bad.Errors["maxFailures"][0]);
        Assert.Equal(before, (await rollouts.ListAsync(200, CancellationToken.None)).Count);
        Assert.False(await HasSearchAsync(factory, stores[0]));
    }

    [Fact]
    public async Task TheApiRunsARolloutInTheBackgroundThatClientsFollowAndRollBack()
    {
        var factory = await SaasHost.ReadyAsync();
        var stores = await StoresAsync(factory, 2);
        var api = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.Features));
        Assert.Equal(HttpStatusCode.Unauthorized, (await SaasHost.Client(null).PostAsJsonAsync("api/rollouts", new { feature = Search, tenants = stores })).StatusCode);

        var started = await api.PostAsJsonAsync("api/rollouts", new { feature = Search, enable = true, tenants = stores, canaries = new[] { stores[1] } });

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.ToString();
        var done = await FollowAsync(api, location, "Completed");
        Assert.Equal([stores[1], stores[0]], done.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("tenant").GetString()));
        Assert.Equal(2, done.GetProperty("done").GetInt32());
        Assert.True(await HasSearchAsync(factory, stores[0]));

        var listed = await api.GetFromJsonAsync<JsonElement>("api/rollouts");
        Assert.Contains(listed.EnumerateArray(), r => r.GetProperty("id").GetString() == done.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.Accepted, (await api.PostAsync($"{location}/rollback", null)).StatusCode);
        await FollowAsync(api, location, "RolledBack");
        Assert.False(await HasSearchAsync(factory, stores[0]));
        Assert.False(await HasSearchAsync(factory, stores[1]));

        var refused = await api.PostAsync($"{location}/resume", null);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("api/rollouts/000000000000")).StatusCode);
    }

    [Fact]
    public async Task TheCommandLineShowsAProgressBarAndExitsWithTwoWhenTheRolloutStops()
    {
        var factory = await SaasHost.ReadyAsync();
        var stores = await StoresAsync(factory, 3);
        var canary = stores[0];
        var rest = stores.Skip(1).Order(StringComparer.Ordinal).ToList();
        await factory.Service<TenantEditService>().EditAsync(rest[0], new TenantEdit { FeatureProfile = await ProfileWithoutSearchAsync(factory) }, CancellationToken.None);

        var (exit, output) = await TenantsCommandLineTests.RunAsync(factory, "tenants", "rollout", "run", "--feature", Search,
            "--store", stores[0], "--store", stores[1], "--store", stores[2], "--canary", canary);

        Assert.True(exit == 2, output);
        Assert.Contains($"[######..............]   1/3   canary {canary}", output);
        Assert.Contains($"[#############.......]   2/3   rest   {rest[0]}", output);
        Assert.Contains($"Stopped: 1 stores failed, more than the 0 allowed; stopped before '{rest[1]}' (rest ring).", output);
        Assert.False(await HasSearchAsync(factory, rest[1]));
        var id = output.Split('\n').Single(l => l.StartsWith("Rollout ", StringComparison.Ordinal)).Split(' ')[1];

        var (rolledBack, undone) = await TenantsCommandLineTests.RunAsync(factory, "tenants", "rollout", "rollback", id);

        Assert.True(rolledBack == 0, undone);
        Assert.Contains("rolled back; 2 of 3 stores done, 1 changed, 1 failed, 1 rolled back.", undone);
        Assert.False(await HasSearchAsync(factory, canary));
        var (_, shown) = await TenantsCommandLineTests.RunAsync(factory, "tenants", "rollout", "show", id);
        Assert.Contains("canary:", shown);
        Assert.Contains("rolled back " + canary, shown);
    }

    [Fact]
    public async Task TheHostAdminStartsARolloutAndItsPageShowsTheRingsAndProgress()
    {
        var factory = await SaasHost.ReadyAsync();
        var stores = await StoresAsync(factory, 2);
        var admin = await HostAdminSession.SignInAsync();

        var response = await admin.PostAsync("admin/tenants/rollout", new()
        {
            ["feature"] = Search, ["mode"] = "enable", ["tenants"] = string.Join('\n', stores), ["canaries"] = stores[1], ["wavePercent"] = "0", ["maxFailures"] = "0",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var path = response.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.StartsWith("/admin/tenants/rollout/", path);
        var page = await HtmlPage.GetAsync(admin.Client, path);
        for (var i = 0; i < 300 && page.Text("#rollout-state") != "completed"; i++)
        {
            await Task.Delay(100);
            page = await HtmlPage.GetAsync(admin.Client, path);
        }

        Assert.Equal("completed", page.Text("#rollout-state"));
        Assert.Equal("2", page.Attribute("#rollout-progress", "value"));
        Assert.Equal(stores[1], page.Text("table[data-ring=canary] tr[data-store] td"));
        Assert.Equal("Changed", page.Text($"tr[data-store='{stores[0]}'] .tag"));
        Assert.Contains(path.Split('/')[^1], (await HtmlPage.GetAsync(admin.Client, "admin/tenants/rollout")).Text("#rollouts"));
    }

    private static async Task<JsonElement> FollowAsync(HttpClient api, string location, string state)
    {
        for (var i = 0; i < 600; i++)
        {
            var run = await api.GetFromJsonAsync<JsonElement>(location);
            if (run.GetProperty("state").GetString() == state)
            {
                return run;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Rollout {location} never became {state}.");
    }

    private sealed class Recorder(List<RolloutStep> steps) : IProgress<RolloutStep>
    {
        public void Report(RolloutStep value) => steps.Add(value);
    }
}
