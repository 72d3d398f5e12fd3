using Npgsql;

namespace Multistore.Farm.Tests;

/// <summary>
/// The farm's PostgreSQL database, fresh per run: named <c>mst_farm_...</c>, so scripts/start-test-services.sh drops it
/// with the other suites' leftovers when a run was killed. A server that does not answer fails the suite.
/// </summary>
public sealed class FarmDatabase : IDisposable
{
    private const string Server = "Host=127.0.0.1;Port=5432;Username=multistore;Password=multistore";

    private FarmDatabase(string name) => ConnectionString = Builder(name).ToString();

    /// <summary>With generous timeouts: a busy 2-core machine checkpointing other legs' databases is slow, not broken.</summary>
    public string ConnectionString { get; }

    public static FarmDatabase Create()
    {
        var name = "mst_farm_" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            Execute($"CREATE DATABASE {name}");
        }
        catch (NpgsqlException exception)
        {
            throw new InvalidOperationException(
                $"The farm tests need PostgreSQL on 127.0.0.1:5432 (role multistore), which did not answer: {exception.Message}. Run scripts/start-test-services.sh.", exception);
        }

        return new FarmDatabase(name);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(ConnectionString).Database} WITH (FORCE)");
    }

    private static NpgsqlConnectionStringBuilder Builder(string database) =>
        new(Server) { Database = database, Timeout = 120, CommandTimeout = 300 };

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Builder("postgres").ToString());
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 300 };
        command.ExecuteNonQuery();
    }
}
