using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;
using Multistore.Tenancy;

namespace Multistore.Data;

/// <summary>Creates a tenant's database container before its migrations run, and removes it without a trace.</summary>
internal sealed class TenantDatabaseProvisioner(ILogger<TenantDatabaseProvisioner> logger)
{
    private static readonly string[] SqliteFileSuffixes = ["", "-wal", "-shm"];

    public static async Task CreateAsync(TenantConnection connection, CancellationToken cancellationToken)
    {
        MigratedDatabases.Forget(connection.ConnectionString);
        switch (connection.Provider)
        {
            case DatabaseProvider.Sqlite:
                Directory.CreateDirectory(connection.SqliteFolder!);
                Directory.CreateDirectory(Path.GetDirectoryName(SqliteFile(connection))!);
                await using (var sqlite = new SqliteConnection(connection.ConnectionString))
                {
                    await sqlite.OpenAsync(cancellationToken);
                    await using var command = sqlite.CreateCommand();
                    // WAL lets shoppers read while an order is written.
                    command.CommandText = "PRAGMA journal_mode=WAL;";
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }

                break;
            case DatabaseProvider.Postgres when connection.Schema is not null:
                // A region's shared database is made with its first store.
                await CreateDatabaseAsync(WithoutSearchPath(connection.ConnectionString), cancellationToken);
                await ExecutePostgresAsync(WithoutSearchPath(connection.ConnectionString),
                    $"CREATE SCHEMA IF NOT EXISTS {QuoteIdentifier(connection.Schema)}", cancellationToken);
                break;
            case DatabaseProvider.Postgres:
                await CreateDatabaseAsync(connection.ConnectionString, cancellationToken);
                break;
        }
    }

    private static async Task CreateDatabaseAsync(string connectionString, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var database = builder.Database ?? throw new InvalidOperationException("The PostgreSQL connection string names no database.");
        builder.Database = "postgres";
        await using var postgres = new NpgsqlConnection(builder.ToString());
        await postgres.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", postgres);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE {QuoteIdentifier(database)}", postgres);
            try
            {
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
            {
                // Two stores of a region created at once both found the shared database missing: the other made it.
            }
        }
    }

    /// <summary>Drops the tenant's database (or schema) and, on SQLite, its whole folder with media and indexes.</summary>
    public async Task DropAsync(TenantConnection connection, CancellationToken cancellationToken)
    {
        MigratedDatabases.Forget(connection.ConnectionString);
        switch (connection.Provider)
        {
            case DatabaseProvider.Sqlite:
                using (var sqlite = new SqliteConnection(connection.ConnectionString))
                {
                    SqliteConnection.ClearPool(sqlite);
                }

                if (Directory.Exists(connection.SqliteFolder))
                {
                    Directory.Delete(connection.SqliteFolder, recursive: true);
                }

                // A database file named by the create request may live elsewhere in the data folder; one in another
                // tenant's folder (registered before such paths were refused) is that tenant's and stays.
                var own = SqliteFile(connection);
                var inAnotherSite = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(own))) == "Sites"
                    && !string.Equals(Path.GetDirectoryName(own), Path.GetFullPath(connection.SqliteFolder!), StringComparison.Ordinal);
                foreach (var file in SqliteFileSuffixes.Select(suffix => own + suffix).Where(f => !inAnotherSite && File.Exists(f)))
                {
                    File.Delete(file);
                }

                break;
            case DatabaseProvider.Postgres when connection.Schema is not null:
                ClearPostgresPool(connection);
                await ExecutePostgresAsync(WithoutSearchPath(connection.ConnectionString),
                    $"DROP SCHEMA IF EXISTS {QuoteIdentifier(connection.Schema)} CASCADE", cancellationToken);
                break;
            case DatabaseProvider.Postgres:
                ClearPostgresPool(connection);
                var builder = new NpgsqlConnectionStringBuilder(connection.ConnectionString);
                var database = builder.Database!;
                builder.Database = "postgres";
                await ExecutePostgresAsync(builder.ToString(), $"DROP DATABASE IF EXISTS {QuoteIdentifier(database)} WITH (FORCE)", cancellationToken);
                break;
        }

        logger.LogInformation("Dropped tenant database {Provider} {Schema}", connection.Provider, connection.Schema ?? connection.SqliteFolder);
    }

    /// <summary>
    /// Checks that the database server answers, before a tenant is registered on it. It waits as long as Npgsql does by
    /// default (15 s), three times when it times out: a server that refuses is refused at once, and a busy one (or one in another
    /// region) is not taken for a missing one.
    /// </summary>
    public static async Task<string?> ProbeAsync(TenantConnection connection, CancellationToken cancellationToken)
    {
        if (connection.Provider != DatabaseProvider.Postgres)
        {
            return null;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var builder = new NpgsqlConnectionStringBuilder(WithoutSearchPath(connection.ConnectionString)) { Database = "postgres", Timeout = 15 };
                await using var postgres = new NpgsqlConnection(builder.ToString());
                await postgres.OpenAsync(cancellationToken);
                return null;
            }
            catch (Exception exception) when (IsTimeout(exception) && attempt < ProbeAttempts)
            {
                // A server busy enough not to accept within 15 s is asked again; one that refuses is refused at once.
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException or ArgumentException)
            {
                return $"The PostgreSQL server cannot be reached: {exception.Message}";
            }
        }
    }

    private const int ProbeAttempts = 3;

    /// <summary>
    /// Closes the removed store's own pooled connections only. Clearing every pool of the process made every other store
    /// on the node open its connections again (a new server process and a password exchange each): on a busy node, and
    /// in the test suite that removes stores all the time, a storm of reconnections for one removal.
    /// </summary>
    private static void ClearPostgresPool(TenantConnection connection)
    {
        using var postgres = new NpgsqlConnection(connection.ConnectionString);
        NpgsqlConnection.ClearPool(postgres);
    }

    private static bool IsTimeout(Exception exception) => exception is TimeoutException || exception.InnerException is TimeoutException;

    private static string SqliteFile(TenantConnection connection) => Path.GetFullPath(new SqliteConnectionStringBuilder(connection.ConnectionString).DataSource);

    /// <summary>The same server and database without a tenant's schema: for server-wide work (schemas, advisory locks).</summary>
    internal static string WithoutSearchPath(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = null }.ToString();

    private static async Task ExecutePostgresAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var postgres = new NpgsqlConnection(connectionString);
        await postgres.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, postgres);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
