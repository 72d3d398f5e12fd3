using Microsoft.Extensions.Time.Testing;
using Multistore.Modules.Tests.Fixtures;
using Multistore.Recommendations;
using Multistore.Recommendations.Services;

namespace Multistore.Modules.Tests.Recommendations.Services;

public sealed class BoughtTogetherCountsTests : IDisposable
{
    private static readonly Guid Lamp = Guid.NewGuid();
    private static readonly Guid Shade = Guid.NewGuid();
    private static readonly Guid Bulb = Guid.NewGuid();
    private static readonly Guid Chair = Guid.NewGuid();

    private readonly SqliteInMemory<RecommendationsDbContext> _database = new(options => new RecommendationsDbContext(options));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task PairSeenInOneOrderIsNotRecommendedUntilTheSecond()
    {
        await Counts().CountAsync(Guid.NewGuid(), [Lamp, Shade], CancellationToken.None);
        Assert.Empty(await Counts().TogetherWithAsync([Lamp], 4, CancellationToken.None));

        await Counts().CountAsync(Guid.NewGuid(), [Lamp, Shade, Bulb], CancellationToken.None);

        Assert.Equal([Shade], await Counts().TogetherWithAsync([Lamp], 4, CancellationToken.None));
        Assert.Equal([Lamp], await Counts().TogetherWithAsync([Shade], 4, CancellationToken.None));
    }

    [Fact]
    public async Task AnOrderDeliveredTwiceCountsOnce()
    {
        var order = Guid.NewGuid();

        Assert.True(await Counts().CountAsync(order, [Lamp, Shade], CancellationToken.None));
        Assert.False(await Counts().CountAsync(order, [Lamp, Shade], CancellationToken.None));

        Assert.Empty(await Counts().TogetherWithAsync([Lamp], 4, CancellationToken.None));
    }

    [Fact]
    public async Task ACartsProductsAreSummedAndNeverRecommendedBack()
    {
        for (var i = 0; i < 2; i++)
        {
            await Counts().CountAsync(Guid.NewGuid(), [Lamp, Bulb], CancellationToken.None);
            await Counts().CountAsync(Guid.NewGuid(), [Shade, Bulb, Chair], CancellationToken.None);
            await Counts().CountAsync(Guid.NewGuid(), [Shade, Bulb], CancellationToken.None);
        }

        Assert.Equal([Bulb, Chair], await Counts().TogetherWithAsync([Lamp, Shade], 4, CancellationToken.None));
    }

    [Fact]
    public async Task BestSellersAreTheProductsInTheMostOrders()
    {
        await Counts().CountAsync(Guid.NewGuid(), [Lamp, Bulb, Bulb], CancellationToken.None);
        await Counts().CountAsync(Guid.NewGuid(), [Bulb], CancellationToken.None);

        Assert.Equal(Bulb, (await Counts().BestSellersAsync(2, CancellationToken.None))[0]);
    }

    [Fact]
    public async Task RebuildReplacesEveryCountAndRemembersWhen()
    {
        await Counts().CountAsync(Guid.NewGuid(), [Lamp, Shade], CancellationToken.None);
        await Counts().CountAsync(Guid.NewGuid(), [Lamp, Shade], CancellationToken.None);
        var order = Guid.NewGuid();

        Assert.True(await Counts().ReplaceAsync([(order, [Lamp, Chair]), (Guid.NewGuid(), [Lamp, Chair])], CancellationToken.None));

        Assert.Equal([Chair], await Counts().TogetherWithAsync([Lamp], 4, CancellationToken.None));
        Assert.Equal(_time.GetUtcNow().UtcDateTime, await Counts().LastRebuildAsync(CancellationToken.None));
        Assert.False(await Counts().CountAsync(order, [Lamp, Chair], CancellationToken.None));
    }

    public void Dispose() => _database.Dispose();

    private BoughtTogetherCounts Counts() => new(_database.NewContext(), _time);
}
