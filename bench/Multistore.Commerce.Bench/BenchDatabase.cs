using System.Globalization;
using Npgsql;

namespace Multistore.Bench.Commerce;

/// <summary>
/// The run's own PostgreSQL host database, created fresh on the server it is given under a unique name: a run never meets
/// the tenants (and their connection strings, protected with another run's data-protection keys) of an earlier one.
/// Dropped at the end unless asked to keep it.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _server;
    private readonly bool _keep;

    private BenchDatabase(string server, string name, bool keep)
    {
        _server = server;
        _keep = keep;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>Creates <c>multistore_bench_&lt;utc time&gt;_&lt;random&gt;</c> on the server of <paramref name="server"/> (any database named there is only used to connect).</summary>
    public static async Task<BenchDatabase> CreateAsync(string server, bool keep)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"multistore_bench_{DateTime.UtcNow:yyyyMMddHHmmss}_{Guid.NewGuid().ToString("N")[..6]}");
        await using (var connection = new NpgsqlConnection(Maintenance(server)))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new BenchDatabase(server, name, keep);
    }

    public async ValueTask DisposeAsync()
    {
        if (_keep)
        {
            Console.WriteLine($"kept host database {Name}: {ConnectionString}");
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Maintenance(_server));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
        Console.WriteLine($"dropped host database {Name}");
    }

    private static string Maintenance(string server) => new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ToString();
}
