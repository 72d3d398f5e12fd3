using System.Globalization;
using Microsoft.Extensions.Options;
using Multistore.Commerce;
using Multistore.Settings;

namespace Multistore.Admin;

/// <summary>
/// Money and times as the admin shows them. Money is the store's: its currency written the way the store's default culture
/// writes it ("10,00 €" in a German store, "1 995,00 kr" in a Swedish one), whatever language the administrator reads.
/// Times are shown in the store's time zone (<see cref="SiteSettings.TimeZone"/>, UTC when unknown) in the admin
/// language's date format.
/// </summary>
public sealed class AdminFormat(IOptions<SiteSettings> site)
{
    private readonly CultureInfo _storeCulture = CultureOf(site.Value.DefaultCulture);

    public TimeZoneInfo Zone { get; } = TimeZoneInfo.TryFindSystemTimeZoneById(site.Value.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    public string Money(decimal amount, string currency) => Currency.Format(amount, currency, _storeCulture);

    /// <summary>Date and time in the store's zone, e.g. "20.03.2026 10:00" for de-DE.</summary>
    public string Time(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, Zone).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>A stored UTC time (<see cref="DateTimeKind.Unspecified"/> read as UTC, as EF Core gives it back).</summary>
    public string Time(DateTime utc) => Time(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    public string Date(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, Zone).ToString("d", CultureInfo.CurrentCulture);

    private static CultureInfo CultureOf(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
