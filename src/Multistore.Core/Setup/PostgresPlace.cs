namespace Multistore.Setup;

/// <summary>Where a PostgreSQL tenant's tables are: servers (<c>host:port</c>), database and schema (null: the whole database).</summary>
internal sealed record PostgresPlace(IReadOnlyList<string> Servers, string Database, string? Schema)
{
    /// <summary>Whether the two share tables: the same database on a shared server, and one of them has it whole or both the same schema.</summary>
    public bool Overlaps(PostgresPlace other) =>
        Servers.Intersect(other.Servers, StringComparer.Ordinal).Any()
        && string.Equals(Database, other.Database, StringComparison.OrdinalIgnoreCase)
        && (Schema is null || other.Schema is null || string.Equals(Schema, other.Schema, StringComparison.OrdinalIgnoreCase));
}
