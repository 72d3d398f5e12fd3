using Microsoft.Extensions.Options;
using Multistore.Settings;

namespace Multistore.Admin.Dashboard;

/// <summary>
/// Days as the store counts them: "today" and day boundaries in the store's time zone (<see cref="SiteSettings.TimeZone"/>,
/// UTC when unknown), by the host's <see cref="TimeProvider"/>, so a test pins the clock.
/// </summary>
public sealed class StoreCalendar(TimeProvider clock, IOptions<SiteSettings> site)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.TryFindSystemTimeZoneById(site.Value.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>The store's date now.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    /// <summary>
    /// The <paramref name="days"/> days ending with today, oldest first, and the UTC instants they start at plus the
    /// end of today: <c>Edges[i]</c> to <c>Edges[i + 1]</c> is <c>Days[i]</c> (23 or 25 hours on a daylight-saving change).
    /// </summary>
    public StoreDays LastDays(int days)
    {
        var first = Today.AddDays(1 - days);
        var dates = Enumerable.Range(0, days).Select(first.AddDays).ToList();
        var edges = Enumerable.Range(0, days + 1).Select(i => StartUtc(first.AddDays(i))).ToList();
        return new StoreDays(dates, edges);
    }

    /// <summary>When <paramref name="date"/> begins in the store's zone, in UTC (a skipped midnight starts the day at the first valid time).</summary>
    public DateTime StartUtc(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }
}
