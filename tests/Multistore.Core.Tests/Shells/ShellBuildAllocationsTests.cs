using Multistore.Shells;

namespace Multistore.Core.Tests.Shells;

public sealed class ShellBuildAllocationsTests
{
    private const int Built = 300_000;
    private const int Elsewhere = 20_000_000;

    private static object? _kept;

    [Fact]
    public async Task CountsWhatTheBuildAllocatesOnEveryThreadItResumesOnAndNothingElse()
    {
        using var othersStarted = new SemaphoreSlim(0);
        using var buildDone = new SemaphoreSlim(0);
        // Work of another store, running while the build does: never counted, whatever the timing.
        var elsewhere = Task.Run(async () =>
        {
            othersStarted.Release();
            while (!await buildDone.WaitAsync(0))
            {
                _kept = new byte[Elsewhere / 100];
                await Task.Yield();
            }
        });
        await othersStarted.WaitAsync();

        var bytes = await BuildAsync();
        buildDone.Release();
        await elsewhere;

        Assert.InRange(bytes, Built, Built + 1_000_000);
    }

    [Fact]
    public async Task WorkLeftBehindByTheBuildStopsCountingWhenItEnds()
    {
        var (allocations, bytes, leftBehind) = await BuildLeavingWorkBehindAsync();
        await leftBehind;

        Assert.Equal(bytes, allocations.Stop());
    }

    private static async Task<long> BuildAsync()
    {
        var allocations = ShellBuildAllocations.Start();
        _kept = new byte[Built / 3];
        await Task.Yield();
        _kept = new byte[Built / 3];
        await Task.Run(() => _kept = new byte[Built / 3]);
        return allocations.Stop();
    }

    private static async Task<(ShellBuildAllocations, long, Task)> BuildLeavingWorkBehindAsync()
    {
        var allocations = ShellBuildAllocations.Start();
        using var stopped = new SemaphoreSlim(0);
        var leftBehind = Task.Run(async () =>
        {
            await stopped.WaitAsync();
            _kept = new byte[1_000_000];
        });
        await Task.Yield();
        var bytes = allocations.Stop();
        stopped.Release();
        await leftBehind;
        return (allocations, bytes, leftBehind);
    }
}
