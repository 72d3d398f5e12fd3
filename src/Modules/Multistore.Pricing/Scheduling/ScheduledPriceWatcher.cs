using Microsoft.Extensions.DependencyInjection;
using Multistore.Background;

namespace Multistore.Pricing.Scheduling;

/// <summary>
/// A background task of the shell: has <see cref="ScheduledPriceBoundaries"/> announce the scheduled prices that
/// started or ended, then asks to run again just after the next start or end. A price saved on any node of the farm
/// wakes it at once (<see cref="PriceSavedSignal"/>); every <see cref="MaxWait"/> it looks anyway, for a message the
/// channel lost.
/// </summary>
public sealed class ScheduledPriceWatcher : IShellBackgroundTask
{
    public static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(10);
    public static readonly BackgroundTaskSchedule Schedule = BackgroundTaskSchedule.Every(MaxWait);

    public string Name => "scheduled-price-watcher";

    public async Task RunAsync(BackgroundTaskContext context, CancellationToken cancellationToken)
    {
        var boundaries = context.Services.GetRequiredService<ScheduledPriceBoundaries>();
        var next = await boundaries.AnnouncePassedAsync(context.Now.UtcDateTime, cancellationToken);
        if (next is { } at)
        {
            context.RunWhenDue(at);
        }
    }
}
