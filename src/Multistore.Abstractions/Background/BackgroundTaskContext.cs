namespace Multistore.Background;

/// <summary>
/// What one round of an <see cref="IShellBackgroundTask"/> gets: a service scope of its shell made for the round
/// (disposed after it), the time by the shell's clock (so tests move time instead of waiting), and a way to ask for
/// the next round sooner than the schedule would, for a task that knows when its next piece of work falls due.
/// </summary>
public sealed class BackgroundTaskContext(IServiceProvider services, DateTimeOffset now)
{
    /// <summary>The round's own scope of the shell's container.</summary>
    public IServiceProvider Services { get; } = services;

    /// <summary>When the round started, by the shell's <see cref="TimeProvider"/>.</summary>
    public DateTimeOffset Now { get; } = now;

    /// <summary>The earliest time asked for with <see cref="RunAgainAt"/>, if any.</summary>
    public DateTimeOffset? RunAgainBy { get; private set; }

    /// <summary>
    /// Runs the next round at <paramref name="at"/> if that is sooner than the schedule's interval; a signal may
    /// still wake the task earlier. Asked for more than once, the earliest time wins.
    /// </summary>
    public void RunAgainAt(DateTimeOffset at)
    {
        if (RunAgainBy is null || at < RunAgainBy)
        {
            RunAgainBy = at;
        }
    }

    /// <summary>
    /// Runs the next round just after <paramref name="due"/>, when a piece of work falls due (a hold expires, a price
    /// starts): a timer may fire a little early, and a round that came too soon would find nothing due and ask again.
    /// </summary>
    public void RunWhenDue(DateTimeOffset due) => RunAgainAt(due + DueMargin);

    /// <summary><see cref="RunWhenDue(DateTimeOffset)"/> for a UTC time as the database gives it back (of any <see cref="DateTimeKind"/>).</summary>
    public void RunWhenDue(DateTime dueUtc) => RunWhenDue(new DateTimeOffset(DateTime.SpecifyKind(dueUtc, DateTimeKind.Utc)));

    /// <summary>How long after a due time <see cref="RunWhenDue(DateTimeOffset)"/> asks for the round.</summary>
    public static readonly TimeSpan DueMargin = TimeSpan.FromMilliseconds(50);
}
