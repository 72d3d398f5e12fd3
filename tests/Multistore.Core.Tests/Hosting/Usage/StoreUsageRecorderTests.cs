using Microsoft.Extensions.Time.Testing;
using Multistore.Hosting.Usage;

namespace Multistore.Core.Tests.Hosting.Usage;

public sealed class StoreUsageRecorderTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 10, 0, 30, TimeSpan.Zero));

    [Fact]
    public void CountsRequestsErrorsAndRefusalsInTheCurrentMinuteAndHour()
    {
        var recorder = new StoreUsageRecorder(_time);
        Record(recorder, "north", 200, 500, 429, 404);

        var series = Assert.Single(recorder.Active(_time.GetUtcNow())).Value;
        var hour = series.LastHour(_time.GetUtcNow());
        Assert.Equal(4, hour.Requests);
        Assert.Equal(1, hour.Errors);
        Assert.Equal(1, hour.Refused);
        Assert.Equal(60, hour.Series.Count);
        Assert.Equal(4, hour.Series[^1].Requests);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero), hour.Series[^1].Start);
        var window = hour.ToWindow(8, TimeSpan.FromHours(1));
        Assert.Equal(0.5, window.Share);
        Assert.Equal(0.25, window.ErrorRate);
        Assert.Equal(4 / 3600d, window.RequestsPerSecond);
    }

    [Fact]
    public void MinutesRollIntoTheHourAndHoursIntoTheDayThenTheStoreDropsOut()
    {
        var recorder = new StoreUsageRecorder(_time);
        Record(recorder, "north", 200, 200, 200);
        _time.Advance(TimeSpan.FromMinutes(1));
        Record(recorder, "north", 503);

        var series = recorder.Active(_time.GetUtcNow())[0].Value;
        var hour = series.LastHour(_time.GetUtcNow());
        Assert.Equal([3L, 1L], hour.Series.TakeLast(2).Select(b => b.Requests));
        Assert.Equal(4, hour.Requests);

        // An hour on, the minutes have gone round: the last hour is empty, the last day still holds the four.
        _time.Advance(TimeSpan.FromMinutes(60));
        Assert.Equal(0, series.LastHour(_time.GetUtcNow()).Requests);
        var day = series.LastDay(_time.GetUtcNow());
        Assert.Equal(4, day.Requests);
        Assert.Equal(1, day.Errors);
        Assert.Equal(4, day.Series[^2].Requests);
        Record(recorder, "north", 200);
        Assert.Equal(1, series.LastHour(_time.GetUtcNow()).Requests);
        Assert.Equal([4L, 1L], series.LastDay(_time.GetUtcNow()).Series.TakeLast(2).Select(b => b.Requests));

        // A day without a request: the hours have gone round and the store is no longer tracked.
        _time.Advance(TimeSpan.FromHours(24));
        Assert.Equal(0, series.LastDay(_time.GetUtcNow()).Requests);
        Assert.Empty(recorder.Active(_time.GetUtcNow()));
    }

    [Fact]
    public void P95IsTheLatencyBucketOfTheNinetyFifthPercentile()
    {
        var recorder = new StoreUsageRecorder(_time);
        for (var i = 0; i < 19; i++)
        {
            Timed(recorder, TimeSpan.FromMilliseconds(8));
        }

        Timed(recorder, TimeSpan.FromMilliseconds(400));
        var series = recorder.Active(_time.GetUtcNow())[0].Value;
        Assert.Equal(10, series.LastHour(_time.GetUtcNow()).ToWindow(20, TimeSpan.FromHours(1)).P95Milliseconds);

        Timed(recorder, TimeSpan.FromMilliseconds(400));
        Assert.Equal(500, series.LastHour(_time.GetUtcNow()).ToWindow(21, TimeSpan.FromHours(1)).P95Milliseconds);
    }

    [Fact]
    public void CountsCachedAndRenderedPagesAndOrdersPerHourUntilTheyLeaveTheWindow()
    {
        var recorder = new StoreUsageRecorder(_time);
        recorder.RecordPage("north", fromCache: false);
        recorder.RecordPage("north", fromCache: true);
        recorder.RecordPage("north", fromCache: true);
        recorder.RecordPage("north", fromCache: true);
        recorder.RecordOrder("north");
        recorder.RecordOrder("north");

        var series = Assert.Single(recorder.Active(_time.GetUtcNow())).Value;
        var hour = series.LastHour(_time.GetUtcNow()).ToWindow(0, TimeSpan.FromHours(1));
        Assert.Equal(3, hour.CachedPages);
        Assert.Equal(1, hour.RenderedPages);
        Assert.Equal(0.75, hour.CacheHitRate);
        Assert.Equal(2, hour.Orders);
        Assert.Equal(2, hour.OrdersPerHour);
        Assert.Equal(2, hour.Series[^1].Orders);

        // An hour on, the orders have left the last hour; the day keeps them, in the hour they were placed.
        _time.Advance(TimeSpan.FromMinutes(61));
        var later = series.LastHour(_time.GetUtcNow()).ToWindow(0, TimeSpan.FromHours(1));
        Assert.Equal(0, later.Orders);
        Assert.Null(later.CacheHitRate);
        var day = series.LastDay(_time.GetUtcNow()).ToWindow(0, TimeSpan.FromDays(1));
        Assert.Equal(2, day.Orders);
        Assert.Equal(2 / 24d, day.OrdersPerHour);
        Assert.Equal(2, day.Series[^2].Orders);
    }

    [Fact]
    public void PastItsCapTheLongestIdleStoreMakesRoom()
    {
        var recorder = new StoreUsageRecorder(_time, maxStores: 2);
        Record(recorder, "first", 200);
        _time.Advance(TimeSpan.FromSeconds(5));
        Record(recorder, "second", 200);
        _time.Advance(TimeSpan.FromSeconds(5));
        Record(recorder, "first", 200);
        Record(recorder, "third", 200);

        Assert.Equal(["first", "third"], recorder.Active(_time.GetUtcNow()).Select(s => s.Key).Order(StringComparer.Ordinal));
    }

    private static void Record(StoreUsageRecorder recorder, string store, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            recorder.Record(store, status, recorder.Start());
        }
    }

    private void Timed(StoreUsageRecorder recorder, TimeSpan took)
    {
        var started = recorder.Start();
        _time.Advance(took);
        recorder.Record("north", 200, started);
    }
}
