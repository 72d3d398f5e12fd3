namespace Multistore.Tenancy;

/// <summary>What kind of change a new registry entry is to the one a shell was built from.</summary>
internal static class TenantChanges
{
    /// <summary>
    /// True when <paramref name="fresh"/> is <paramref name="running"/> with other host names (and so a new version):
    /// a routing change, which the registry's route table carries alone. A URL prefix, state, database, profile or
    /// template change is not: the shell's pipeline, links and data depend on those. Nor is a new version with the same
    /// host names: the registry moves a store's version when something it inherits changed (its brand template's
    /// settings or features), and that asks for a rebuild.
    /// </summary>
    public static bool OnlyHostsChanged(TenantSettings running, TenantSettings fresh) =>
        !running.Hosts.SequenceEqual(fresh.Hosts, StringComparer.Ordinal)
        && running with { Hosts = fresh.Hosts, Version = fresh.Version, UpdatedUtc = fresh.UpdatedUtc } == fresh;
}
