using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Multistore.Hosting;

namespace Multistore.Shells;

/// <summary>
/// Releases shells nobody used for the configured time, so only busy tenants stay in memory. Time is the host's
/// <see cref="TimeProvider"/>, so a test moves it instead of waiting.
/// </summary>
internal sealed class IdleShellReleaseService(ShellHost shells, IOptions<MultistoreOptions> options, TimeProvider clock, ILogger<IdleShellReleaseService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var timeout = options.Value.ShellIdleTimeout;
        if (timeout <= TimeSpan.Zero)
        {
            return;
        }

        var period = TimeSpan.FromMilliseconds(Math.Clamp(timeout.TotalMilliseconds / 4, 250, 60_000));
        using var timer = new PeriodicTimer(period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var shell in shells.RunningShells.Where(s => s.ActiveRequests == 0 && s.IdleFor > timeout).ToList())
            {
                logger.LogInformation("Releasing idle shell {Tenant} (idle {Idle})", shell.Settings.Name, shell.IdleFor);
                shells.Release(shell.Settings.Name);
            }
        }
    }
}
