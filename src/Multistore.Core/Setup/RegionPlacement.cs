using Npgsql;
using Multistore.Hosting;
using Multistore.Tenancy;

namespace Multistore.Setup;

/// <summary>
/// Places a store by region and tier: the connection comes from the region's configuration (Multistore:Regions), never
/// from the request, so a store named for one region cannot be written to another region's server. A request that names
/// neither keeps the host's TenantDatabase defaults (and an explicit connection string, restricted to its servers).
/// </summary>
internal static class RegionPlacement
{
    private const string DefaultSharedDatabase = "multistore_stores";

    public static bool Applies(TenantRequest request) => request.Region is not null || request.Tier is not null;

    /// <summary>The tenant with provider, connection, schema, region and tier set, or the reasons (fields region, tier, connectionString).</summary>
    public static TenantSettings Place(TenantSettings tenant, TenantRequest request, MultistoreOptions options, IReadOnlyCollection<TenantSettings> others,
        ValidationErrors errors)
    {
        var known = errors.Count;
        if (request.ConnectionString is not null || request.Schema is not null)
        {
            errors.Add("connectionString", "A store created in a region gets its database from the region's configuration: leave connectionString and schema out.");
        }

        var tier = Tier(request.Tier, errors);
        var region = Region(request.Region, tier, options, errors);
        if (tier is null || errors.Count > known)
        {
            return tenant;
        }

        var placed = tenant with { Region = region?.Name, Tier = tier };
        if (tier == TenantTiers.Sqlite)
        {
            if (options.IsFarm)
            {
                errors.Add("tier", "Tier 'sqlite' keeps a store in a file on one node, and this host is a farm (its host database is on PostgreSQL or "
                    + $"Redis is configured): choose {Choices(ServedTiers(region?.Options, options))}.");
            }

            return placed with { DatabaseProvider = DatabaseProvider.Sqlite, ConnectionString = null, Schema = null };
        }

        var (name, settings) = region!.Value;
        var server = tier == TenantTiers.Server ? FreeDedicatedServer(name, settings, others, errors) : settings.ConnectionString;
        if (server is null)
        {
            if (tier != TenantTiers.Server)
            {
                errors.Add("tier", $"Region '{name}' has no PostgreSQL server (Multistore:Regions:{name}:ConnectionString) for tier '{tier}': "
                    + $"choose {Choices(ServedTiers(settings, options))}.");
            }

            return placed;
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(server) { SearchPath = null };
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or KeyNotFoundException)
        {
            errors.Add("region", $"Region '{name}' has a server setting that is not a PostgreSQL connection string: {exception.Message}");
            return placed;
        }

        var safeName = tenant.Name.ToLowerInvariant().Replace('-', '_');
        if (tier == TenantTiers.Schema)
        {
            builder.Database = settings.SharedDatabase ?? (string.IsNullOrWhiteSpace(builder.Database) ? DefaultSharedDatabase : builder.Database);
            return placed with { DatabaseProvider = DatabaseProvider.Postgres, ConnectionString = builder.ToString(), Schema = $"tenant_{safeName}" };
        }

        builder.Database = $"multistore_{safeName}";
        return placed with { DatabaseProvider = DatabaseProvider.Postgres, ConnectionString = builder.ToString(), Schema = null };
    }

    /// <summary>The tiers a new store can have in the region (sqlite wherever the host is a single node).</summary>
    public static IReadOnlyList<string> ServedTiers(RegionOptions? region, MultistoreOptions options) =>
    [
        .. options.IsFarm ? [] : new[] { TenantTiers.Sqlite },
        .. region?.ConnectionString is null ? [] : new[] { TenantTiers.Schema, TenantTiers.Database },
        .. region is null || region.DedicatedServers.Count == 0 ? [] : new[] { TenantTiers.Server },
    ];

    private static string? Tier(string? requested, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(requested))
        {
            errors.Add("tier", $"Name the store's tier: {Choices(TenantTiers.All)}.");
            return null;
        }

        var tier = TenantTiers.All.FirstOrDefault(t => string.Equals(t, requested, StringComparison.OrdinalIgnoreCase));
        if (tier is null)
        {
            errors.Add("tier", $"There is no tier '{HostNames.Shorten(requested)}': choose {Choices(TenantTiers.All)}.");
        }

        return tier;
    }

    private static (string Name, RegionOptions Options)? Region(string? requested, string? tier, MultistoreOptions options, ValidationErrors errors)
    {
        var names = options.Regions.Keys.Order(StringComparer.Ordinal).ToList();
        var known = names.Count == 0 ? "no region is configured under Multistore:Regions" : $"choose {Choices(names)}";
        if (requested is null)
        {
            if (tier is not null and not TenantTiers.Sqlite)
            {
                errors.Add("region", $"Tier '{tier}' lives on a region's servers: name the region ({known}).");
            }

            return null;
        }

        // Exact names only (case aside): a name with spaces, separators or control characters is no region's.
        var name = names.FirstOrDefault(n => string.Equals(n, requested, StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            errors.Add("region", $"There is no region '{HostNames.Shorten(Printable(requested))}': {known}.");
            return null;
        }

        var region = options.Regions[name];
        if (tier is not null && !ServedTiers(region, options).Contains(tier))
        {
            if (tier == TenantTiers.Sqlite)
            {
                return (name, region);
            }

            var reason = tier == TenantTiers.Server
                ? $"names no dedicated server (Multistore:Regions:{name}:DedicatedServers)"
                : $"has no PostgreSQL server (Multistore:Regions:{name}:ConnectionString)";
            errors.Add("tier", $"Region '{name}' cannot hold tier '{tier}': it {reason}. Choose {Choices(ServedTiers(region, options))}.");
        }

        return (name, region);
    }

    /// <summary>The first dedicated server of the region that no store's database is on yet.</summary>
    private static string? FreeDedicatedServer(string name, RegionOptions region, IReadOnlyCollection<TenantSettings> others, ValidationErrors errors)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var other in others.Where(t => t.DatabaseProvider == DatabaseProvider.Postgres && t.ConnectionString is not null))
        {
            try
            {
                used.UnionWith(TenantDatabaseRule.ServersOf(new NpgsqlConnectionStringBuilder(other.ConnectionString)));
            }
            catch (ArgumentException)
            {
                // A store whose connection string does not parse names no server.
            }
        }

        foreach (var server in region.DedicatedServers)
        {
            try
            {
                if (!TenantDatabaseRule.ServersOf(new NpgsqlConnectionStringBuilder(server)).Any(used.Contains))
                {
                    return server;
                }
            }
            catch (ArgumentException exception)
            {
                errors.Add("region", $"Region '{name}' has a dedicated server setting that is not a PostgreSQL connection string: {exception.Message}");
                return null;
            }
        }

        errors.Add("tier", $"Every dedicated server of region '{name}' holds a store already ({region.DedicatedServers.Count}): "
            + $"add one under Multistore:Regions:{name}:DedicatedServers, or choose another tier.");
        return null;
    }

    private static string Choices(IReadOnlyList<string> values) =>
        values.Count == 0 ? "none (configure the region's servers)" : string.Join(", ", values.Select(v => $"'{v}'"));

    private static string Printable(string value) => new([.. value.Select(c => char.IsControl(c) ? '?' : c)]);
}
