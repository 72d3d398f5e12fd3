using Multistore.Settings;

namespace Multistore.Admin.Settings;

/// <summary>The Site settings form as posted; supported cultures come as one comma-separated field.</summary>
public sealed class SiteSettingsForm
{
    public string? SiteName { get; set; }
    public string? DefaultCulture { get; set; }
    public string? SupportedCultures { get; set; }
    public string? Currency { get; set; }
    public string? TimeZone { get; set; }

    public IReadOnlyList<string> SupportedCultureList =>
        [.. (SupportedCultures ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public static SiteSettingsForm From(SiteSettings site) => new()
    {
        SiteName = site.SiteName,
        DefaultCulture = site.DefaultCulture,
        SupportedCultures = string.Join(", ", site.SupportedCultures),
        Currency = site.Currency,
        TimeZone = site.TimeZone,
    };
}
