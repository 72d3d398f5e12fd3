using Multistore.Tenancy;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.CommandLine;

/// <summary>
/// After a create or setup, asks the running host for the store (its own listener, with the store's host name) until the
/// store answers: the command line says a store is there only once it is. The host notices the change within about a
/// second; no host running is said as such, not waited for.
/// </summary>
internal sealed class StoreReadiness(HttpMessageHandler handler, HostAddress address, TimeProvider time)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    public async Task ReportAsync(TenantSettings tenant, TextWriter output, CancellationToken cancellationToken)
    {
        var host = tenant.Hosts.FirstOrDefault(h => !TenantAddresses.IsWildcard(h));
        if (tenant.State != TenantState.Running || host is null)
        {
            return;
        }

        using var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = address.Listener, Timeout = TimeSpan.FromSeconds(10) };
        var started = time.GetUtcNow();
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, TenantAddresses.Path(tenant));
            request.Headers.Host = address.Authority(host);
            try
            {
                using var response = await client.SendAsync(request, cancellationToken);
                if ((int)response.StatusCode < 400)
                {
                    await output.WriteLineAsync($"Store '{tenant.Name}' answers: {string.Join(" ", TenantAddresses.Urls(tenant, address))}");
                    return;
                }
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // One look took longer than the client's timeout: a busy host is still waking the store; look again until the deadline.
            }
            catch (HttpRequestException exception) when (exception.StatusCode is null)
            {
                await output.WriteLineAsync($"No host answers at {address.Listener}: the store answers once the host runs (dotnet run).");
                return;
            }

            if (time.GetUtcNow() - started > Deadline)
            {
                throw new InvalidOperationException($"The host at {address.Listener} does not serve store '{tenant.Name}' after {Deadline.TotalSeconds:F0} s; check its log.");
            }

            await Task.Delay(Interval, time, cancellationToken);
        }
    }
}
