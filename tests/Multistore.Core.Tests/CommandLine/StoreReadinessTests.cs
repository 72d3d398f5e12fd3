using System.Net;
using Multistore.Tenancy;
using Multistore.Tenants.CommandLine;

namespace Multistore.Core.Tests.CommandLine;

/// <summary>
/// After a create or setup the command line waits for the running host to serve the store. A busy host that takes
/// longer than one look's timeout to wake the store is still waking it: the command keeps looking and reports the
/// store when it answers, instead of failing a setup that succeeded.
/// </summary>
public sealed class StoreReadinessTests
{
    private static readonly TenantSettings Store = new() { Name = "nordic-dk", State = TenantState.Running, Hosts = ["dk.example.test"] };

    [Fact]
    public async Task ALookThatTimesOutIsLookedAtAgainUntilTheStoreAnswers()
    {
        using var host = new SlowThenServing(timeouts: 2);
        var output = new StringWriter();

        await new StoreReadiness(host, new HostAddress("http", 5510), TimeProvider.System).ReportAsync(Store, output, default);

        Assert.Equal(3, host.Looks);
        Assert.Equal("dk.example.test:5510", host.LastHost);
        Assert.Contains("Store 'nordic-dk' answers: http://dk.example.test:5510/", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoHostListeningIsSaidAtOnce()
    {
        using var host = new Refusing();
        var output = new StringWriter();

        await new StoreReadiness(host, new HostAddress("http", 5510), TimeProvider.System).ReportAsync(Store, output, default);

        Assert.Contains("No host answers at http://localhost:5510/", output.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Times out <c>timeouts</c> looks (as HttpClient reports a timeout), then serves the store.</summary>
    private sealed class SlowThenServing(int timeouts) : HttpMessageHandler
    {
        public int Looks { get; private set; }
        public string? LastHost { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Looks++;
            LastHost = request.Headers.Host;
            return Looks <= timeouts
                ? Task.FromException<HttpResponseMessage>(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 10 seconds elapsing.", new TimeoutException()))
                : Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
        }
    }

    private sealed class Refusing : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromException<HttpResponseMessage>(new HttpRequestException("Connection refused"));
    }
}
