using System.Text.Json;

namespace Multistore.Tenancy.Management;

/// <summary>
/// One value of a settings group at one level of the cascade: <see cref="Source"/> is "store" or a template's
/// name; <see cref="Wins"/> says whether this is the value the store uses (no closer level sets it).
/// </summary>
public sealed record SettingSource(string Group, string Path, JsonElement Value, string Source, bool Wins)
{
    public const string Store = "store";
}
