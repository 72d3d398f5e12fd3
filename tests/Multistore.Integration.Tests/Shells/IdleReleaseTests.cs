using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Shells;

namespace Multistore.Integration.Tests.Shells;

/// <summary>A host of its own on a clock the test moves: idle time is the host's time, not the machine's speed.</summary>
public sealed class IdleReleaseTests : IDisposable
{
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(10);
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly MultistoreFactory _factory;

    public IdleReleaseTests()
    {
        _factory = new MultistoreFactory(new Dictionary<string, string?> { ["Multistore:ShellIdleTimeout"] = IdleTimeout.ToString() })
        {
            HostServices = services => services.AddSingleton<TimeProvider>(_clock),
        };
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task IdleShellIsReleasedDisposedAndCollectedThenRebuiltOnTheNextRequest()
    {
        var tenant = await _factory.CreateTenantAsync("store", new Dictionary<string, string> { ["SiteName"] = "Sleepy" });
        var client = tenant.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        var shells = _factory.Service<ShellHost>();
        var provider = WeakProvider(shells, tenant.Name);

        // Short of the timeout, however long the machine takes, the shell stays.
        _clock.Advance(IdleTimeout - TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.True(shells.IsRunning(tenant.Name));
        Assert.True(provider.IsAlive);

        // A used shell's idle time starts again at its last request; past the timeout it is released.
        await ShellLifecycleTests.WaitUntil(() =>
        {
            _clock.Advance(TimeSpan.FromMinutes(1));
            return !shells.IsRunning(tenant.Name);
        }, seconds: 120);
        await ShellLifecycleTests.WaitUntil(() =>
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            return !provider.IsAlive;
        }, seconds: 120);

        // The next request builds a fresh shell and is served by it.
        Assert.Equal("Sleepy", (await HtmlPage.GetAsync(client, "/")).Heading());
        Assert.True(shells.IsRunning(tenant.Name));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference WeakProvider(ShellHost shells, string tenant) =>
        new(shells.RunningShells.Single(s => s.Settings.Name == tenant).Services);
}
