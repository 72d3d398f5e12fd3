namespace Multistore.Hosting;

/// <summary>One region under Multistore:Regions:{name}: the PostgreSQL servers that hold its stores' data.</summary>
internal sealed class RegionOptions
{
    /// <summary>
    /// The region's PostgreSQL server (host, port, user, password). The schema tier puts stores in its shared database
    /// (<see cref="SharedDatabase"/>); the database tier gives each store a database of its own on it.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The database that holds the schema tier's stores; defaults to the connection string's database, else multistore_stores.</summary>
    public string? SharedDatabase { get; set; }

    /// <summary>Connection strings of servers kept for one store each: the server tier takes the first no store uses yet.</summary>
    public IList<string> DedicatedServers { get; set; } = [];

    /// <summary>The nodes that serve the region (names, for the operator's overview).</summary>
    public IList<string> Nodes { get; set; } = [];
}
