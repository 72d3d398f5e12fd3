using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;
using Multistore.Data;
using Multistore.Tenancy;

namespace Multistore.Hosting.Usage;

/// <summary>
/// A store's database size (the SQLite file with its write-ahead log; on PostgreSQL its schema's relations or its own
/// database) and its search index folder, each read at most once a minute per store.
/// </summary>
internal sealed class StoreStorageSizes(AppDataPaths paths, TimeProvider time, ILogger<StoreStorageSizes> logger)
{
    private static readonly TimeSpan Fresh = TimeSpan.FromMinutes(1);

    private const string SchemaSize = "select coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint from pg_class c "
        + "join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and c.relkind in ('r', 'm')";

    private readonly ConcurrentDictionary<string, StoreSizes> _read = new(StringComparer.OrdinalIgnoreCase);

    public async Task<StoreSizes> ReadAsync(TenantSettings tenant, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_read.TryGetValue(tenant.Name, out var sizes) && now - sizes.ReadAt < Fresh)
        {
            return sizes;
        }

        if (_read.Count >= StoreUsageRecorder.MaxStores)
        {
            foreach (var name in _read.Where(r => now - r.Value.ReadAt >= Fresh).Select(r => r.Key).ToList())
            {
                _read.TryRemove(name, out _);
            }
        }

        sizes = new StoreSizes(await DatabaseBytesAsync(tenant, cancellationToken),
            FolderBytes(Path.Combine(paths.TenantFolder(tenant.Name), "search")), now);
        _read[tenant.Name] = sizes;
        return sizes;
    }

    private async Task<long?> DatabaseBytesAsync(TenantSettings tenant, CancellationToken cancellationToken)
    {
        var connection = TenantConnection.For(tenant, paths.AppData);
        if (connection.Provider == DatabaseProvider.Sqlite)
        {
            var file = new FileInfo(new SqliteConnectionStringBuilder(connection.ConnectionString).DataSource);
            var wal = new FileInfo(file.FullName + "-wal");
            return file.Exists ? file.Length + (wal.Exists ? wal.Length : 0) : null;
        }

        try
        {
            await using var database = new NpgsqlConnection(connection.ConnectionString);
            await database.OpenAsync(cancellationToken);
            await using var command = database.CreateCommand();
            command.CommandTimeout = 5;
            command.CommandText = connection.Schema is null ? "select pg_database_size(current_database())" : SchemaSize;
            if (connection.Schema is not null)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = connection.Schema });
            }

            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            logger.LogWarning(exception, "The database size of store {Tenant} could not be read", tenant.Name);
            return null;
        }
    }

    private static long? FolderBytes(string folder)
    {
        try
        {
            return Directory.Exists(folder)
                ? new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length)
                : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Lucene replaces its segment files as it merges: a file gone between listing and reading is no error.
            return null;
        }
    }
}
