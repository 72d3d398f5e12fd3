using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Multistore.Background;

/// <summary>
/// One task's rounds in one shell: a round at once, then the next when the schedule's interval (or the sooner time
/// the round asked for) has passed on the shell's clock, or when the task is signalled; rounds never overlap. A round
/// that throws is logged under the task's name and the task waits <see cref="BackgroundTaskSchedule.RetryAfter"/>,
/// deaf to signals, so a broken task backs off instead of spinning on every signal.
/// </summary>
internal sealed class BackgroundTaskLoop(string tenant, BackgroundTaskRegistration registration, IServiceProvider services, TimeProvider clock)
{
    /// <summary>Timers hold waits up to about 49 days; a task asking for a later round is simply run again after this.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    public async Task RunAsync(CancellationToken stopping)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(registration.TaskType);
        var wakeup = (IBackgroundTaskWakeup)services.GetRequiredService(typeof(IBackgroundTaskSignal<>).MakeGenericType(registration.TaskType));
        IShellBackgroundTask? task = null;
        var failures = 0;
        while (!stopping.IsCancellationRequested)
        {
            wakeup.Clear();
            TimeSpan? wait;
            try
            {
                task ??= (IShellBackgroundTask)services.GetRequiredService(registration.TaskType);
                using (logger.BeginScope(BackgroundTaskLogScope.For(tenant, task.Name)))
                {
                    wait = await RoundAsync(task, stopping);
                }

                failures = 0;
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                failures++;
                wait = registration.Schedule.RetryAfter(failures);
                var name = task?.Name ?? registration.TaskType.Name;
                using (logger.BeginScope(BackgroundTaskLogScope.For(tenant, name)))
                {
                    logger.LogError(exception, "Background task {Task} failed ({Failures} in a row); it runs again in {RetryAfter}.", name, failures, wait);
                }
            }

            try
            {
                await WaitAsync(wakeup, wait, listening: failures == 0, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>Runs one round in a scope of its own; returns how long to wait for the next (null: until signalled).</summary>
    private async Task<TimeSpan?> RoundAsync(IShellBackgroundTask task, CancellationToken stopping)
    {
        await using var turn = await FarmTurn.TakeAsync(registration, services, task.Name, stopping);
        if (!turn.Taken)
        {
            // Another node of the farm runs this round; try again at the next.
            return registration.Schedule.Interval;
        }

        await using var scope = services.CreateAsyncScope();
        var context = new BackgroundTaskContext(scope.ServiceProvider, clock.GetUtcNow());
        await task.RunAsync(context, stopping);

        var wait = registration.Schedule.Interval;
        if (context.RunAgainBy is { } by)
        {
            var sooner = by - clock.GetUtcNow();
            wait = wait is { } interval && interval < sooner ? interval : sooner;
        }

        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    private async Task WaitAsync(IBackgroundTaskWakeup wakeup, TimeSpan? wait, bool listening, CancellationToken stopping)
    {
        if (wait > LongestWait)
        {
            wait = LongestWait;
        }

        if (wait is not { } timed)
        {
            await wakeup.WaitAsync(stopping);
            return;
        }

        if (!listening)
        {
            await Task.Delay(timed, clock, stopping);
            return;
        }

        using var timeout = new CancellationTokenSource(timed, clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stopping, timeout.Token);
        try
        {
            await wakeup.WaitAsync(either.Token);
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            // The wait ran out: time for the scheduled round.
        }
    }
}
