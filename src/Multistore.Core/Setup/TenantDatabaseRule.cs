using Microsoft.Data.Sqlite;
using Npgsql;
using Multistore.Data;
using Multistore.Hosting;
using Multistore.Tenancy;

namespace Multistore.Setup;

/// <summary>
/// A new tenant gets a database of its own: a new SQLite file in the data folder, or a database (or schema) on a
/// PostgreSQL server the host's configuration names; never a database that the host or another tenant already uses.
/// A tenant given another store's SQLite path served that store's customers and orders (issue 14).
/// </summary>
internal static class TenantDatabaseRule
{
    private const string Field = "connectionString";
    private static readonly string[] SystemDatabases = ["postgres", "template0", "template1"];

    /// <summary>The tenant with its connection string made absolute, or the reason it cannot have that database.</summary>
    public static TenantSettings Check(TenantSettings tenant, bool named, IReadOnlyCollection<TenantSettings> others, AppDataPaths paths,
        MultistoreOptions options, ValidationErrors errors) =>
        tenant.DatabaseProvider == DatabaseProvider.Sqlite ? CheckSqlite(tenant, others, paths, errors)
        : tenant.ConnectionString is null ? tenant
        : CheckPostgres(tenant, named, others, options, errors);

    private static TenantSettings CheckSqlite(TenantSettings tenant, IReadOnlyCollection<TenantSettings> others, AppDataPaths paths, ValidationErrors errors)
    {
        var file = FileOf(TenantConnection.For(tenant, paths.AppData).ConnectionString, paths.AppData, out var problem);
        if (file is null)
        {
            errors.Add(Field, problem);
            return tenant;
        }

        var root = Path.TrimEndingDirectorySeparator(paths.AppData) + Path.DirectorySeparatorChar;
        var owner = others.FirstOrDefault(t => t.DatabaseProvider == DatabaseProvider.Sqlite
            && (SameFile(FileOf(TenantConnection.For(t, paths.AppData).ConnectionString, paths.AppData, out _), file)
                || file.StartsWith(Path.TrimEndingDirectorySeparator(paths.TenantFolder(t.Name)) + Path.DirectorySeparatorChar, StringComparison.OrdinalIgnoreCase)));
        if (!file.StartsWith(root, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(Field, $"A SQLite database must be a new file in the data folder ({paths.AppData}); '{HostNames.Shorten(file)}' is outside it.");
        }
        else if (owner is not null)
        {
            errors.Add(Field, $"'{HostNames.Shorten(file)}' is the database (or folder) of tenant '{owner.Name}': a store gets a database of its own.");
        }
        else if (File.Exists(file) || Directory.Exists(file))
        {
            errors.Add(Field, $"'{HostNames.Shorten(file)}' exists already: a store's SQLite database must be a new file.");
        }

        if (tenant.ConnectionString is null)
        {
            return tenant;
        }

        var builder = new SqliteConnectionStringBuilder(tenant.ConnectionString) { DataSource = file };
        return tenant with { ConnectionString = builder.ToString() };
    }

    /// <summary>The full path of a SQLite connection's file (relative paths are under the data folder), or null with the reason.</summary>
    private static string? FileOf(string connectionString, string appData, out string? problem)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidOperationException)
        {
            problem = $"This is not a SQLite connection string: {exception.Message}";
            return null;
        }

        var source = builder.DataSource.Trim();
        if (source.Length == 0 || source == ":memory:" || builder.Mode == SqliteOpenMode.Memory || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            problem = "A SQLite connection string must name a file (Data Source=...) in the data folder.";
            return null;
        }

        problem = null;
        return Path.GetFullPath(source, appData);
    }

    private static bool SameFile(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static TenantSettings CheckPostgres(TenantSettings tenant, bool named, IReadOnlyCollection<TenantSettings> others, MultistoreOptions options, ValidationErrors errors)
    {
        var place = PlaceOf(tenant.ConnectionString!, tenant.Schema, out var problem);
        if (place is null)
        {
            errors.Add(Field, problem);
            return tenant;
        }

        var servers = ConfiguredServers(options);
        if (named && place.Servers.FirstOrDefault(s => !servers.Contains(s)) is { } unknown)
        {
            errors.Add(Field, $"Server '{unknown}' is not one of the host's database servers ({(servers.Count == 0 ? "none configured" : string.Join(", ", servers))}); "
                + "name servers under Multistore:TenantDatabase:Servers.");
        }

        if (SystemDatabases.Contains(place.Database, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add(Field, $"Database '{place.Database}' belongs to the PostgreSQL server itself: a store gets a database of its own.");
        }

        if (options.HostDatabase.Provider == DatabaseProvider.Postgres && options.HostDatabase.ConnectionString is { } hostDatabase
            && PlaceOf(hostDatabase, "public", out _) is { } host && place.Overlaps(host))
        {
            errors.Add(Field, $"Database '{place.Database}' is the SaaS host's own database: a store gets a database (or schema) of its own.");
        }

        var owner = others.Where(t => t.DatabaseProvider == DatabaseProvider.Postgres && t.ConnectionString is not null)
            .FirstOrDefault(t => PlaceOf(t.ConnectionString!, t.Schema, out _) is { } theirs && place.Overlaps(theirs));
        if (owner is not null)
        {
            errors.Add(Field, $"Database '{place.Database}'{(place.Schema is null ? "" : $" schema '{place.Schema}'")} is used by tenant '{owner.Name}': a store gets a database (or schema) of its own.");
        }

        return tenant;
    }

    private static PostgresPlace? PlaceOf(string connectionString, string? schema, out string? problem)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            problem = $"This is not a PostgreSQL connection string: {exception.Message}";
            return null;
        }

        if (string.IsNullOrWhiteSpace(builder.Host) || string.IsNullOrWhiteSpace(builder.Database))
        {
            problem = "A PostgreSQL connection string names its server (Host=...) and database (Database=...).";
            return null;
        }

        if (schema is null && !string.IsNullOrWhiteSpace(builder.SearchPath))
        {
            problem = "A PostgreSQL connection string may not set a Search Path: a store's schema is chosen by the host.";
            return null;
        }

        problem = null;
        return new PostgresPlace(ServersOf(builder), builder.Database.Trim(), schema);
    }

    internal static string[] ServersOf(NpgsqlConnectionStringBuilder builder) =>
        [.. (builder.Host ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(h => ServerName(h, builder.Port))];

    private static HashSet<string> ConfiguredServers(MultistoreOptions options)
    {
        var servers = new HashSet<string>(options.TenantDatabase.Servers.Select(s => ServerName(s, 5432)), StringComparer.Ordinal);
        foreach (var configured in new[] { options.TenantDatabase, options.HostDatabase }.Where(d => d.Provider == DatabaseProvider.Postgres))
        {
            try
            {
                servers.UnionWith(configured.ConnectionString is { } connection ? ServersOf(new NpgsqlConnectionStringBuilder(connection)) : []);
            }
            catch (ArgumentException)
            {
                // A malformed host setting names no server; the host database itself reports it at start-up.
            }
        }

        return servers;
    }

    /// <summary><c>host:port</c>, lowercase, the default port spelled out: one spelling per server.</summary>
    private static string ServerName(string server, int defaultPort)
    {
        var text = server.Trim().ToLowerInvariant();
        var colon = text.LastIndexOf(':');
        return colon > 0 && !text.EndsWith(']') && int.TryParse(text[(colon + 1)..], out _) ? text : $"{text}:{defaultPort}";
    }
}
