using System.Net;
using System.Runtime.CompilerServices;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Shells;

namespace Multistore.Integration.Tests.Shells;

/// <summary>A host of its own, with a short idle timeout.</summary>
public sealed class IdleReleaseTests : IDisposable
{
    private readonly MultistoreFactory _factory = new(new Dictionary<string, string?> { ["Multistore:ShellIdleTimeout"] = "00:00:03" });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task IdleShellIsReleasedDisposedAndCollectedThenRebuiltOnTheNextRequest()
    {
        var tenant = await _factory.CreateTenantAsync("store", new Dictionary<string, string> { ["SiteName"] = "Sleepy" });
        var client = tenant.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        var shells = _factory.Service<ShellHost>();
        var provider = WeakProvider(shells, tenant.Name);

        await ShellLifecycleTests.WaitUntil(() => !shells.IsRunning(tenant.Name), seconds: 20);
        await ShellLifecycleTests.WaitUntil(() =>
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            return !provider.IsAlive;
        });

        // The next request builds a fresh shell and is served by it.
        Assert.Contains("Sleepy", await client.GetStringAsync("/"));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference WeakProvider(ShellHost shells, string tenant) =>
        new(shells.RunningShells.Single(s => s.Settings.Name == tenant).Services);
}
