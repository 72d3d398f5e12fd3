namespace Multistore.Tenancy;

/// <summary>
/// A fingerprint of the registry in the host database (row count, sum of versions, last update): any create,
/// change or removal by any process moves it.
/// </summary>
internal sealed record TenantStamp(int Count, long VersionSum, DateTime LastUpdatedUtc)
{
    /// <summary>The PostgreSQL NOTIFY channel on which registry writes are announced.</summary>
    public const string Channel = "multistore_tenants";

    internal const string NpgsqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";
}
