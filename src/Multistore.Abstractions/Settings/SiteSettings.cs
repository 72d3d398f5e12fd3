namespace Multistore.Settings;

/// <summary>The "Site" settings group every tenant has.</summary>
public sealed class SiteSettings
{
    public const string GroupName = "Site";

    public string SiteName { get; set; } = "Multistore";
    public string DefaultCulture { get; set; } = "en-US";
    public IList<string> SupportedCultures { get; set; } = [];
    public string Currency { get; set; } = "USD";
    public string TimeZone { get; set; } = "UTC";
    public string Theme { get; set; } = "Storefront";

    /// <summary>The default culture first, then the others, without repeats.</summary>
    public IReadOnlyList<string> Cultures =>
        [.. new[] { DefaultCulture }.Concat(SupportedCultures).Distinct(StringComparer.OrdinalIgnoreCase)];
}
