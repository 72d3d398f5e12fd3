using System.Text.RegularExpressions;

namespace Multistore.Tenancy;

/// <summary>What a tenant name, host and prefix may look like; every door that registers a tenant checks these.</summary>
internal static partial class TenantNameRules
{
    public static string? CheckName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "Name is required."
        : NamePattern().IsMatch(name) ? null
        : $"Name '{name}' must start with a letter and hold only letters, digits, '-' and '_' (at most 64).";

    public static string? CheckHost(string host) =>
        HostNames.CheckLength(host) ?? (HostPattern().IsMatch(host) ? null
        : $"Host '{HostNames.Shorten(host)}' is not a host name (letters, digits, '-', '.' and an optional leading '*.').");

    public static string? CheckPrefix(string? prefix) =>
        prefix is null || PrefixPattern().IsMatch(prefix) ? null
        : $"URL prefix '{prefix}' must be one path segment of lowercase letters, digits and '-'.";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,63}$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$")]
    private static partial Regex HostPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex PrefixPattern();
}
