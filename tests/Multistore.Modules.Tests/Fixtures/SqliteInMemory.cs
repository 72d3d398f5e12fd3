using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Multistore.Modules.Tests.Fixtures;

/// <summary>
/// A module's DbContext on a private SQLite in-memory database, its schema made from the model. Unit tests of a
/// service that needs its DbContext use this instead of a host: the database lives as long as the connection,
/// and every <see cref="NewContext"/> sees what the others saved, as the requests of one store do.
/// </summary>
public sealed class SqliteInMemory<TContext> : IDisposable where TContext : DbContext
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly Func<DbContextOptions<TContext>, TContext> _create;

    public SqliteInMemory(Func<DbContextOptions<TContext>, TContext> create)
    {
        _create = create;
        _connection.Open();
        using var db = NewContext();
        db.Database.EnsureCreated();
    }

    public TContext NewContext() => _create(new DbContextOptionsBuilder<TContext>().UseSqlite(_connection).Options);

    /// <summary>Saves <paramref name="rows"/> through a context of its own, so the service under test reads them as stored.</summary>
    public void Seed(params object[] rows)
    {
        using var db = NewContext();
        db.AddRange(rows);
        db.SaveChanges();
    }

    public void Dispose() => _connection.Dispose();
}
