using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Multistore.Data;
using Multistore.Tenancy;

namespace Multistore.Core.Tests.Data;

/// <summary>
/// The copy a store move makes (<see cref="StoreCopy"/>), between two SQLite files: a category under a parent made after it
/// arrives after its parent, a second pass carries over what changed in the source (a new row, a changed price, a deleted
/// parent with its children) and nothing else, and a row written into the copy behind its back changes the copy's checksum.
/// </summary>
public sealed class StoreCopyTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "multistore-copy-tests", Guid.NewGuid().ToString("N")[..8]);

    public StoreCopyTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task ACopyEqualsItsSourceAndASecondPassCarriesOverOnlyWhatChanged()
    {
        await using var source = await DatabaseAsync("source");
        await using var target = await DatabaseAsync("target");
        var child = new Shelf { Id = 1, Name = "Parkas", ParentId = 2 };
        source.Context.Shelves.AddRange(new Shelf { Id = 2, Name = "Outerwear" }, child);
        source.Context.Items.AddRange(
            new Item { Sku = "NOR-PARKA", ShelfId = 1, Price = 249.90m, Added = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(1)) },
            new Item { Sku = "NOR-HAT", ShelfId = 2, Price = 19m, Added = new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero) });
        await source.Context.SaveChangesAsync();
        var copy = new StoreCopy(StoreTable.Of([(source.Context, target.Context)]), source.Connection, target.Connection, DatabaseProvider.Sqlite);

        var first = await copy.SyncAsync(null, CancellationToken.None);

        Assert.Equal([("Shelves", 2L), ("Items", 2L)], first.Select(t => (t.Table, t.Inserted)));
        Assert.Equal(first.Select(t => t.SourceChecksum), (await copy.TargetChecksumsAsync(CancellationToken.None)).Select(t => t.Checksum));
        Assert.Equal(249.90m, (await target.Context.Items.AsNoTracking().SingleAsync(i => i.Sku == "NOR-PARKA")).Price);

        var hat = await source.Context.Items.SingleAsync(i => i.Sku == "NOR-HAT");
        hat.Price = 17.50m;
        source.Context.Items.Remove(await source.Context.Items.SingleAsync(i => i.Sku == "NOR-PARKA"));
        source.Context.Shelves.Remove(child);
        source.Context.Items.Add(new Item { Sku = "NOR-SCARF", ShelfId = 2, Price = 29m, Added = DateTimeOffset.UnixEpoch });
        await source.Context.SaveChangesAsync();

        var second = await copy.SyncAsync(null, CancellationToken.None);

        Assert.Equal([("Shelves", 0L, 0L, 1L), ("Items", 1L, 1L, 1L)], second.Select(t => (t.Table, t.Inserted, t.Updated, t.Deleted)));
        Assert.Equal(second.Select(t => t.SourceChecksum), (await copy.TargetChecksumsAsync(CancellationToken.None)).Select(t => t.Checksum));
        Assert.Equal(["NOR-HAT:17.50", "NOR-SCARF:29.00"],
            (await target.Context.Items.AsNoTracking().OrderBy(i => i.Sku).ToListAsync()).Select(i => FormattableString.Invariant($"{i.Sku}:{i.Price:0.00}")));
    }

    [Fact]
    public async Task ARowWrittenIntoTheCopyBehindItsBackChangesTheCopysChecksum()
    {
        await using var source = await DatabaseAsync("source");
        await using var target = await DatabaseAsync("target");
        source.Context.Shelves.Add(new Shelf { Id = 1, Name = "Outerwear" });
        await source.Context.SaveChangesAsync();
        var copy = new StoreCopy(StoreTable.Of([(source.Context, target.Context)]), source.Connection, target.Connection, DatabaseProvider.Sqlite);
        var synced = await copy.SyncAsync(null, CancellationToken.None);

        target.Context.Shelves.Add(new Shelf { Id = 9, Name = "Forged" });
        await target.Context.SaveChangesAsync();

        var shelves = (await copy.TargetChecksumsAsync(CancellationToken.None)).Single(t => t.Table == "Shelves");
        Assert.Equal(2, shelves.Rows);
        Assert.NotEqual(synced.Single(t => t.Table == "Shelves").SourceChecksum, shelves.Checksum);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<Database> DatabaseAsync(string name)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, name + ".db")};Pooling=False");
        await connection.OpenAsync();
        var context = new ShelfContext(new DbContextOptionsBuilder<ShelfContext>().UseSqlite(connection).Options);
        await context.Database.EnsureCreatedAsync();
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA foreign_keys = ON;";
            await pragma.ExecuteNonQueryAsync();
        }

        return new Database(connection, context);
    }

    private sealed record Database(SqliteConnection Connection, ShelfContext Context) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Context.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }

    private sealed class Shelf
    {
        public int Id { get; set; }
        public string Name { get; set; } = "";
        public int? ParentId { get; set; }
    }

    private sealed class Item
    {
        public string Sku { get; set; } = "";
        public int ShelfId { get; set; }
        public decimal Price { get; set; }
        public DateTimeOffset Added { get; set; }
    }

    private sealed class ShelfContext(DbContextOptions<ShelfContext> options) : DbContext(options)
    {
        public DbSet<Shelf> Shelves => Set<Shelf>();
        public DbSet<Item> Items => Set<Item>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            var shelf = modelBuilder.Entity<Shelf>();
            shelf.ToTable("Shelves");
            shelf.Property(s => s.Id).ValueGeneratedNever();
            shelf.HasOne<Shelf>().WithMany().HasForeignKey(s => s.ParentId).OnDelete(DeleteBehavior.Cascade);
            var item = modelBuilder.Entity<Item>();
            item.ToTable("Items");
            item.HasKey(i => i.Sku);
            item.HasOne<Shelf>().WithMany().HasForeignKey(i => i.ShelfId).OnDelete(DeleteBehavior.Cascade);
        }
    }
}
