using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Multistore.Background;
using Multistore.Farm;
using Multistore.Hosting;
using Multistore.Shells;
using Multistore.Tenancy;

namespace Multistore.Core.Tests.Background;

public sealed class ShellBackgroundTasksTests
{
    private const string Tenant = "nordic-se";
    private static readonly BackgroundTaskSchedule EveryMinute = BackgroundTaskSchedule.Every(TimeSpan.FromMinutes(1));
    private readonly RecordingTimeProvider _clock = new();
    private readonly HeldBroadcast _farm = new();

    [Fact]
    public async Task RunsWhenTheShellStartsThenEveryIntervalOnTheShellsClock()
    {
        var task = new ProbeTask("probe", (_, _) => Task.CompletedTask);
        await using var shell = Shell(task, EveryMinute);

        shell.StartBackgroundTasks();
        var first = await task.NextRoundAsync();
        Assert.Equal(TimeSpan.FromMinutes(1), await _clock.NextWaitAsync());
        _clock.Advance(TimeSpan.FromMinutes(1));
        var second = await task.NextRoundAsync();

        Assert.Equal(_clock.Start, first);
        Assert.Equal(_clock.Start.AddMinutes(1), second);
    }

    [Fact]
    public async Task RunsSoonerWhenARoundAsksForIt()
    {
        var task = new ProbeTask("probe", (context, _) =>
        {
            context.RunAgainAt(context.Now.AddSeconds(5));
            return Task.CompletedTask;
        });
        await using var shell = Shell(task, EveryMinute);

        shell.StartBackgroundTasks();
        await task.NextRoundAsync();

        Assert.Equal(TimeSpan.FromSeconds(5), await _clock.NextWaitAsync());
    }

    [Fact]
    public async Task RunsAtOnceWhenSignalledAndOnceMoreWhenSignalledDuringARound()
    {
        var signalledDuringRound = false;
        var task = new ProbeTask("probe", (context, _) =>
        {
            if (!signalledDuringRound)
            {
                signalledDuringRound = true;
                context.Services.GetRequiredService<IBackgroundTaskSignal<ProbeTask>>().Signal();
            }

            return Task.CompletedTask;
        });
        await using var shell = Shell(task, EveryMinute);

        shell.StartBackgroundTasks();
        var first = await task.NextRoundAsync();
        var afterTheSignalDuringIt = await task.NextRoundAsync();
        await _clock.NextWaitAsync();
        await _clock.NextWaitAsync();
        shell.Services.GetRequiredService<IBackgroundTaskSignal<ProbeTask>>().Signal();
        var signalled = await task.NextRoundAsync();

        // The clock never moved: each round after the first came from a signal, not from the schedule.
        Assert.Equal(first, afterTheSignalDuringIt);
        Assert.Equal(first, signalled);
    }

    [Fact]
    public async Task ASignalForEveryNodeWakesTheTaskHereAndReachesTheOtherNodesOnceMoreAfterABurst()
    {
        var task = new ProbeTask("probe", (_, _) => Task.CompletedTask);
        await using var shell = Shell(task, EveryMinute);
        shell.StartBackgroundTasks();
        var first = await task.NextRoundAsync();
        await _clock.NextWaitAsync();

        var signal = shell.Services.GetRequiredService<IBackgroundTaskSignal<ProbeTask>>();
        signal.SignalEveryNode();
        var woken = await task.NextRoundAsync();
        // An import: many signals while the first message is still on its way.
        for (var product = 0; product < 100; product++)
        {
            signal.SignalEveryNode();
        }

        _farm.Let();
        var sent = await _farm.SentAsync(2);

        Assert.Equal(first, woken);
        Assert.Equal([(BackgroundTaskSignalFromOtherNodes.Kind, typeof(ProbeTask).FullName!), (BackgroundTaskSignalFromOtherNodes.Kind, typeof(ProbeTask).FullName!)], sent);
        Assert.Equal(2, _farm.Count);
    }

    [Fact]
    public async Task ASignalFromAnotherNodeWakesTheNamedTaskAndATaskThisShellDoesNotRunIsIgnored()
    {
        var task = new ProbeTask("probe", (_, _) => Task.CompletedTask);
        await using var shell = Shell(task, EveryMinute);
        shell.StartBackgroundTasks();
        var first = await task.NextRoundAsync();
        await _clock.NextWaitAsync();
        var handler = shell.Services.GetServices<IStoreChangeHandler>().Single(h => h.Kind == BackgroundTaskSignalFromOtherNodes.Kind);

        await handler.ApplyAsync("Multistore.Modules.NotInstalledHere", CancellationToken.None);
        await handler.ApplyAsync(typeof(ProbeTask).FullName!, CancellationToken.None);
        var woken = await task.NextRoundAsync();

        // The clock never moved: the round came from the other node's signal.
        Assert.Equal(first, woken);
    }

    [Fact]
    public async Task StopsWhenTheShellIsReleasedBeforeItsContainerIsDisposed()
    {
        var events = new ConcurrentQueue<string>();
        var task = new ProbeTask("probe", async (context, cancellationToken) =>
        {
            var probe = context.Services.GetRequiredService<DisposalProbe>();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            finally
            {
                events.Enqueue(probe.IsDisposed ? "task stopped after its container was disposed" : "task stopped");
            }
        });
        var shell = Shell(task, EveryMinute, services => services.AddSingleton(_ => new DisposalProbe(events)));
        var disposal = shell.Services.GetRequiredService<DisposalProbe>();
        shell.StartBackgroundTasks();
        await task.NextRoundAsync();

        shell.Release();
        await disposal.Disposed.WaitAsync(ProbeTask.Deadline);

        Assert.Equal(new[] { "task stopped", "container disposed" }, events.ToArray());
    }

    [Fact]
    public async Task AFailingTaskIsFiledUnderItsNameNotTheRequestThatBuiltTheShellAndBacksOff()
    {
        var task = new ProbeTask("search-indexer", (context, _) =>
        {
            // A signal while failing must not cut the back-off short.
            context.Services.GetRequiredService<IBackgroundTaskSignal<ProbeTask>>().Signal();
            throw new InvalidOperationException("The index is locked.");
        });
        var schedule = BackgroundTaskSchedule.Every(TimeSpan.FromSeconds(1)) with { FirstRetry = TimeSpan.FromSeconds(2), LongestRetry = TimeSpan.FromSeconds(5) };
        await using var shell = Shell(task, schedule, services => services
            .AddSingleton<RecentErrors>()
            .AddSingleton<ILoggerProvider, RecentErrorsLoggerProvider>());
        var logger = shell.Services.GetRequiredService<ILogger<ShellBackgroundTasksTests>>();

        using (logger.BeginScope(TenantLogScope.For(Tenant)))
        using (logger.BeginScope(new Dictionary<string, object?> { ["RequestId"] = "health-1", ["RequestPath"] = "/api/storefront/v1/health" }))
        {
            shell.StartBackgroundTasks();
        }

        var rounds = new List<DateTimeOffset> { await task.NextRoundAsync() };
        var waits = new List<TimeSpan>();
        for (var retry = 0; retry < 3; retry++)
        {
            waits.Add(await _clock.NextWaitAsync());
            _clock.Advance(waits[^1]);
            rounds.Add(await task.NextRoundAsync());
        }

        Assert.Equal(new[] { TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(5) }, waits);
        Assert.Equal(new[] { _clock.Start, _clock.Start.AddSeconds(2), _clock.Start.AddSeconds(6), _clock.Start.AddSeconds(11) }, rounds);
        var errors = shell.Services.GetRequiredService<RecentErrors>().Of(Tenant);
        Assert.True(errors.Count >= 3);
        Assert.All(errors, error =>
        {
            Assert.Equal("task: search-indexer", error.Source);
            Assert.Null(error.RequestId);
            Assert.Null(error.Touchpoint);
            Assert.Contains("The index is locked.", error.Exception, StringComparison.Ordinal);
        });
        Assert.Contains(errors, e => e.Message.Contains("search-indexer failed (3 in a row)", StringComparison.Ordinal));
    }

    private ShellContext Shell(ProbeTask task, BackgroundTaskSchedule schedule, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddShellBackgroundTasks();
        services.AddSingleton<IStoreChangeBroadcast>(_farm);
        services.AddSingleton(task);
        services.AddBackgroundTask<ProbeTask>(schedule);
        configure?.Invoke(services);
        return new ShellContext(new TenantSettings { Name = Tenant }, [], services.BuildServiceProvider(), _clock);
    }

    /// <summary>The farm's change channel as a shell sees it: the first message waits until the test lets it go.</summary>
    private sealed class HeldBroadcast : IStoreChangeBroadcast
    {
        private readonly TaskCompletionSource _let = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly ConcurrentQueue<(string Kind, string Data)> _sent = new();
        private readonly SemaphoreSlim _each = new(0);

        public int Count => _sent.Count;

        public void Let() => _let.TrySetResult();

        public async Task PublishAsync(string kind, string data, CancellationToken cancellationToken)
        {
            await _let.Task;
            _sent.Enqueue((kind, data));
            _each.Release();
        }

        public async Task<List<(string Kind, string Data)>> SentAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                Assert.True(await _each.WaitAsync(ProbeTask.Deadline), $"message {i + 1} of {count} was not sent");
            }

            return [.. _sent];
        }
    }

    /// <summary>A singleton of the shell's container that notes when the container disposes it.</summary>
    private sealed class DisposalProbe(ConcurrentQueue<string> events) : IDisposable
    {
        private readonly TaskCompletionSource _disposed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool IsDisposed => _disposed.Task.IsCompleted;

        public Task Disposed => _disposed.Task;

        public void Dispose()
        {
            events.Enqueue("container disposed");
            _disposed.TrySetResult();
        }
    }
}
