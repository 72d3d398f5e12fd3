using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Multistore.Data;

/// <summary>
/// The databases this process has seen at a context's latest migration, so a shell rebuilt after a settings save does
/// not ask each module's history table again (twenty-odd queries a build, on a connection that may be new). Only
/// migrations shipped in the code move a database forward, and this process runs one version of it; a database that is
/// created or dropped here is forgotten (<see cref="Forget"/>), so a store removed and created again under the same name
/// is migrated again. A database dropped behind the process's back is not noticed: restart the node.
/// </summary>
internal static class MigratedDatabases
{
    private static readonly ConcurrentDictionary<(string Connection, Type Context), string?> Latest = new();

    /// <summary>True when <paramref name="context"/>'s database was seen here at its latest migration.</summary>
    public static bool IsCurrent(DbContext context) =>
        Latest.TryGetValue(Key(context), out var seen) && seen == LatestOf(context);

    /// <summary>Notes that <paramref name="context"/>'s database has every migration of the code.</summary>
    public static void Seen(DbContext context) => Latest[Key(context)] = LatestOf(context);

    /// <summary>Forgets a database that was created or dropped: its next shell checks its history again.</summary>
    public static void Forget(string connectionString)
    {
        foreach (var key in Latest.Keys.Where(k => k.Connection == connectionString))
        {
            Latest.TryRemove(key, out _);
        }
    }

    private static (string, Type) Key(DbContext context) => (context.Database.GetConnectionString() ?? "", context.GetType());

    private static string? LatestOf(DbContext context) => context.Database.GetMigrations().LastOrDefault();
}
