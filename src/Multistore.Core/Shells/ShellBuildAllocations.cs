namespace Multistore.Shells;

/// <summary>
/// Counts the bytes one shell's build allocates, on whichever threads its awaits resume. An async-local marks the
/// build's execution context; each time a thread enters that context its own allocation count
/// (<see cref="GC.GetAllocatedBytesForCurrentThread"/>) is noted, and each time it leaves, the difference is added. So
/// requests of other stores running at the same moment are not counted, as they would be by the process's total.
/// Work the build leaves behind (a timer that captured its context) stops counting when the build ends.
/// A thread-pool thread leaves the context only after the work item that ran in it has completed its task, so the
/// build's last awaited step can still be on its way out when the build ends: <see cref="Stop"/> waits (briefly, and
/// only while some thread is still inside the build's context) for those threads to report their bytes.
/// </summary>
internal sealed class ShellBuildAllocations
{
    private static readonly AsyncLocal<ShellBuildAllocations?> Current = new(OnContextChanged);

    /// <summary>How long <see cref="Stop"/> waits at most for threads still inside the build's context.</summary>
    private static readonly TimeSpan LeaveWait = TimeSpan.FromSeconds(1);

    [ThreadStatic]
    private static long _enteredAt;

    private long _bytes;
    private int _inside;
    private int _stopped;

    /// <summary>Starts counting in the caller's execution context and everything that flows from it.</summary>
    public static ShellBuildAllocations Start()
    {
        var allocations = new ShellBuildAllocations();
        Current.Value = allocations;
        return allocations;
    }

    /// <summary>Stops counting (the caller's context leaves the build) and answers the bytes counted.</summary>
    public long Stop()
    {
        Current.Value = null;
        SpinWait.SpinUntil(() => Volatile.Read(ref _inside) == 0, LeaveWait);
        Volatile.Write(ref _stopped, 1);
        return Interlocked.Read(ref _bytes);
    }

    private static void OnContextChanged(AsyncLocalValueChangedArgs<ShellBuildAllocations?> change)
    {
        if (change.PreviousValue is { } left)
        {
            if (Volatile.Read(ref left._stopped) == 0)
            {
                Interlocked.Add(ref left._bytes, Math.Max(0, GC.GetAllocatedBytesForCurrentThread() - _enteredAt));
            }

            Interlocked.Decrement(ref left._inside);
        }

        if (change.CurrentValue is { } entered)
        {
            Interlocked.Increment(ref entered._inside);
            _enteredAt = GC.GetAllocatedBytesForCurrentThread();
        }
    }
}
