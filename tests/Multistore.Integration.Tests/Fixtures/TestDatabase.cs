using Npgsql;

namespace Multistore.Integration.Tests.Fixtures;

/// <summary>
/// Which database the integration leg runs on: SQLite by default, PostgreSQL when
/// MULTISTORE_TEST_DATABASE=postgres (test.sh starts the server). A PostgreSQL leg whose server is missing
/// fails; it never falls back to SQLite.
/// </summary>
public static class TestDatabase
{
    public static bool IsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("MULTISTORE_TEST_DATABASE"), "postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The test server, with connect and command timeouts a loaded 2-core machine meets (Npgsql's 30 s defaults
    /// failed tests there while the server was busy checkpointing other tests' databases): slowness is bench/'s
    /// question, not the suite's.
    /// </summary>
    public static string PostgresServer => new NpgsqlConnectionStringBuilder(
        Environment.GetEnvironmentVariable("MULTISTORE_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=5432;Username=multistore;Password=multistore")
    {
        Timeout = 120,
        CommandTimeout = 300,
    }.ToString();

    /// <summary>
    /// A second PostgreSQL server, "another region's" (scripts/start-test-services.sh starts it on port 5433): the region
    /// tests prove a store's data reaches only its own region's server. Missing, those tests fail.
    /// </summary>
    public static string SecondPostgresServer => new NpgsqlConnectionStringBuilder(
        Environment.GetEnvironmentVariable("MULTISTORE_TEST_POSTGRES_REGION2") ?? "Host=127.0.0.1;Port=5433;Username=multistore;Password=multistore")
    {
        Timeout = 120,
        CommandTimeout = 300,
    }.ToString();

    /// <summary>Creates an empty database for one test host and returns its connection string.</summary>
    public static string CreatePostgresDatabase()
    {
        var name = "mst_" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres" }.ToString()))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection) { CommandTimeout = 300 };
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ToString();
    }

    public static void DropPostgresDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        // Only this database's pool: clearing every pool made every other test's stores reconnect (tests run in parallel).
        using (var own = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(own);
        }

        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres" }.ToString());
        connection.Open();
        // DROP DATABASE waits for a checkpoint; after a suite has written hundreds of tenant databases that can take
        // longer than the default 30 s command timeout on a small CI machine. The cleanup is not what is under test.
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection) { CommandTimeout = 300 };
        command.ExecuteNonQuery();
    }
}
