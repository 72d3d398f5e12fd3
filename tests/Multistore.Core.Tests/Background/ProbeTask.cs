using System.Threading.Channels;
using Multistore.Background;

namespace Multistore.Core.Tests.Background;

/// <summary>A background task the tests steer: reports each round's start (by the shell's clock), then runs <c>round</c>.</summary>
internal sealed class ProbeTask(string name, Func<BackgroundTaskContext, CancellationToken, Task> round) : IShellBackgroundTask
{
    /// <summary>How long a test waits for an event before it fails; events come at once, this only bounds a broken run.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private readonly Channel<DateTimeOffset> _rounds = Channel.CreateUnbounded<DateTimeOffset>();

    public string Name => name;

    public async Task RunAsync(BackgroundTaskContext context, CancellationToken cancellationToken)
    {
        _rounds.Writer.TryWrite(context.Now);
        await round(context, cancellationToken);
    }

    /// <summary>When the next round started, once it has.</summary>
    public Task<DateTimeOffset> NextRoundAsync() => _rounds.Reader.ReadAsync().AsTask().WaitAsync(Deadline);
}
