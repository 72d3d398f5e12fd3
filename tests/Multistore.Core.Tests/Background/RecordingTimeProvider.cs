using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Multistore.Core.Tests.Background;

/// <summary>
/// A fake clock that reports every timer made on it, so a test knows a background task is waiting (and for how long)
/// before it moves the clock, instead of sleeping and hoping.
/// </summary>
internal sealed class RecordingTimeProvider : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _waits = Channel.CreateUnbounded<TimeSpan>();

    public RecordingTimeProvider()
        : base(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero))
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Made before it is reported: a test that moves the clock on the report moves it past this timer, not before it.
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _waits.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>The due time of the next timer made, once it is made.</summary>
    public Task<TimeSpan> NextWaitAsync() => _waits.Reader.ReadAsync().AsTask().WaitAsync(ProbeTask.Deadline);
}
