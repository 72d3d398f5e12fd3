using System.Text.Json;

namespace Multistore.Tenancy.Management;

/// <summary>
/// One value where a store differs from its baseline. <see cref="Key"/> names it for a "bring back"
/// (<c>setting:Site:Currency</c>, <c>feature:Multistore.Search</c>); <see cref="Current"/> is the store's value and
/// <see cref="Baseline"/> the baseline's (for a feature, true or false: enabled or not), which <see cref="Source"/> sets
/// (a template's name, or the recipe's).
/// </summary>
public sealed record DriftItem(string Key, string Kind, string Group, string Path, JsonElement Current, JsonElement Baseline, string Source)
{
    public const string Setting = "setting";
    public const string Feature = "feature";

    public static string SettingKey(string group, string path) => $"{Setting}:{group}:{path}";

    public static string FeatureKey(string feature) => $"{Feature}:{feature}";
}
