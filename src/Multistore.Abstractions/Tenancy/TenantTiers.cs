namespace Multistore.Tenancy;

/// <summary>
/// How isolated a store's data is: a SQLite file on one node, a schema in its region's shared PostgreSQL database, a
/// database of its own on its region's server, or a server of its own (one of the region's dedicated servers).
/// </summary>
public static class TenantTiers
{
    public const string Sqlite = "sqlite";
    public const string Schema = "schema";
    public const string Database = "database";
    public const string Server = "server";

    public static IReadOnlyList<string> All { get; } = [Sqlite, Schema, Database, Server];

    /// <summary>The tier a store was recorded on or, for a store created before tiers were recorded, the one its database shows.</summary>
    public static string Of(TenantSettings tenant) =>
        tenant.Tier ?? (tenant.DatabaseProvider == DatabaseProvider.Sqlite ? Sqlite : tenant.Schema is not null ? Schema : Database);
}
