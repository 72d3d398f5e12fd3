using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Multistore.Integration.Tests.Storefront.Cdn;

/// <summary>
/// A Kestrel server on 127.0.0.1 that takes purges as Varnish with the xkey module does (<c>PURGE</c> with the keys in
/// an <c>xkey-purge</c> header) and remembers every key it was asked to drop.
/// </summary>
public sealed class FakeCdn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _purged = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private FakeCdn(WebApplication app) => _app = app;

    public string PurgeUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";

    public IReadOnlyCollection<string> Purged => _purged;

    /// <summary>The keys purged after the first <paramref name="count"/> (a test's mark taken before the change it makes).</summary>
    public IReadOnlyList<string> PurgedAfter(int count) => [.. _purged.Skip(count)];

    public static async Task<FakeCdn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var cdn = new FakeCdn(builder.Build());
        cdn._app.MapMethods("/", ["PURGE"], (HttpRequest request) =>
        {
            foreach (var key in request.Headers["xkey-purge"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                cdn._purged.Enqueue(key);
                cdn._arrived.Release();
            }

            return Results.Ok();
        });
        await cdn._app.StartAsync();
        return cdn;
    }

    /// <summary>Waits until <paramref name="key"/> has been purged (the timeout only ends a test whose purge never comes).</summary>
    public async Task<bool> WasPurgedAsync(string key)
    {
        using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!_purged.Contains(key))
        {
            try
            {
                await _arrived.WaitAsync(giveUp.Token);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _arrived.Dispose();
    }
}
