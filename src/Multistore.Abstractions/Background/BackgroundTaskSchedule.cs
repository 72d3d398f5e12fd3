namespace Multistore.Background;

/// <summary>
/// When an <see cref="IShellBackgroundTask"/> runs besides the round it runs when its shell starts: every
/// <see cref="Interval"/> after the previous round ended, and whenever it is signalled (<see cref="IBackgroundTaskSignal{TTask}"/>).
/// A failing round is retried after <see cref="FirstRetry"/>, then twice as long each time up to <see cref="LongestRetry"/>,
/// and signals wait until a round succeeds again: a broken task backs off instead of filling the logs.
/// </summary>
public sealed record BackgroundTaskSchedule
{
    private BackgroundTaskSchedule(TimeSpan? interval) => Interval = interval;

    /// <summary>Runs only at shell start and when signalled.</summary>
    public static BackgroundTaskSchedule WhenSignalled { get; } = new((TimeSpan?)null);

    /// <summary>The longest wait between two successful rounds; null when the task runs only when signalled.</summary>
    public TimeSpan? Interval { get; }

    /// <summary>
    /// In a farm, a round runs on one node at a time and the other nodes skip it: for work on the store's shared data
    /// (giving back expired holds, cancelling unpaid orders, rebuilding a table), never for what each node keeps for
    /// itself (its search index). Held only for the round, so when a node dies the next round runs on another.
    /// </summary>
    public bool OnOneNode { get; init; }

    public TimeSpan FirstRetry { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan LongestRetry { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Runs every <paramref name="interval"/> (and when signalled).</summary>
    public static BackgroundTaskSchedule Every(TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        return new BackgroundTaskSchedule(interval);
    }

    /// <summary>The wait after the <paramref name="failures"/>-th failing round in a row (1 for the first).</summary>
    public TimeSpan RetryAfter(int failures)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failures, 1);
        var wait = FirstRetry;
        for (var failure = 1; failure < failures && wait < LongestRetry; failure++)
        {
            wait += wait;
        }

        return wait < LongestRetry ? wait : LongestRetry;
    }
}
