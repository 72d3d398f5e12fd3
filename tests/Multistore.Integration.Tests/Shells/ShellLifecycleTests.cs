using System.Diagnostics.Metrics;
using System.Net;
using System.Runtime.CompilerServices;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Shells;

namespace Multistore.Integration.Tests.Shells;

public sealed class ShellLifecycleTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task TwentyConcurrentFirstRequestsBuildOneShell()
    {
        var tenant = await Factory.CreateTenantAsync();
        using var builds = new ShellBuildCounter(tenant.Name);
        var client = tenant.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.GetAsync("/")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, builds.Count);
    }

    [Fact]
    public async Task EnablingAFeatureReleasesTheShellAndTheNextRequestSeesItsEndpoints()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync("""
            { "name": "catalog-only", "steps": [
              { "name": "features", "enable": [ "Multistore.Catalog", "Multistore.Pricing" ] },
              { "name": "settings", "Site": { "SiteName": "Growing Store" } } ] }
            """);
        var client = tenant.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/")).StatusCode);

        var added = await Factory.Service<TenantFeatures>().EnableAsync(tenant.Name, ["Multistore.Storefront"], CancellationToken.None);

        Assert.Equal(["Multistore.Storefront"], added);
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("Growing Store", (await HtmlPage.ParseAsync(home)).Heading());
    }

    [Fact]
    public async Task DisablingAFeatureOthersNeedIsRefusedWithTheirNames()
    {
        var tenant = await Factory.CreateTenantAsync();

        var error = await Assert.ThrowsAsync<Setup.TenantValidationException>(() =>
            Factory.Service<TenantFeatures>().DisableAsync(tenant.Name, "Multistore.Catalog", CancellationToken.None));

        Assert.Contains("Multistore.Storefront", error.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await tenant.CreateClient().GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task ARequestInFlightFinishesOnTheOldShellWhileTheNextOneGetsANewShell()
    {
        var tenant = await Factory.CreateTenantAsync();
        var client = tenant.CreateClient();
        await client.GetAsync("/");
        var shells = Factory.Service<ShellHost>();
        var old = shells.RunningShells.Single(s => s.Settings.Name == tenant.Name);
        Assert.True(old.TryEnter());

        shells.Release(tenant.Name);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        var fresh = shells.RunningShells.Single(s => s.Settings.Name == tenant.Name);

        Assert.NotSame(old, fresh);
        Assert.NotNull(old.Services.GetService(typeof(Multistore.Settings.ISiteSettingsStore)));
        old.Exit();
        await WaitUntil(() => IsDisposed(old));
    }

    private static bool IsDisposed(ShellContext shell)
    {
        try
        {
            shell.Services.GetService(typeof(Multistore.Settings.ISiteSettingsStore));
            return false;
        }
        catch (ObjectDisposedException)
        {
            return true;
        }
    }

    internal static async Task WaitUntil(Func<bool> condition, int seconds = 10)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "The condition was not met in time.");
            await Task.Delay(50);
        }
    }

    /// <summary>Counts shell builds of one tenant from the engine's own meter.</summary>
    private sealed class ShellBuildCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private int _count;

        public ShellBuildCounter(string tenant)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == ShellMetrics.MeterName && instrument.Name == "multistore.shell.builds")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == ShellMetrics.TenantTag && (string?)tag.Value == tenant)
                    {
                        Interlocked.Add(ref _count, (int)value);
                    }
                }
            });
            _listener.Start();
        }

        public int Count => Volatile.Read(ref _count);

        public void Dispose() => _listener.Dispose();
    }
}
