using Microsoft.EntityFrameworkCore;
using Multistore.Inventory.Domain;

namespace Multistore.Inventory;

internal sealed class InventoryDbContext(DbContextOptions<InventoryDbContext> options) : DbContext(options)
{
    public DbSet<StockLocation> Locations => Set<StockLocation>();
    public DbSet<StockLevel> Levels => Set<StockLevel>();
    public DbSet<StockReservation> Reservations => Set<StockReservation>();
    public DbSet<StockReservationLine> ReservationLines => Set<StockReservationLine>();
    public DbSet<StockMovement> Movements => Set<StockMovement>();
    public DbSet<StockItem> Items => Set<StockItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var location = modelBuilder.Entity<StockLocation>();
        location.ToTable("StockLocations");
        location.HasKey(l => l.Code);
        location.Property(l => l.Code).HasMaxLength(64);
        location.Property(l => l.Name).HasMaxLength(200);
        location.Property(l => l.Kind).HasConversion<string>().HasMaxLength(16);

        var level = modelBuilder.Entity<StockLevel>();
        level.ToTable("StockLevels");
        level.HasKey(l => new { l.Sku, l.Location });
        level.Property(l => l.Sku).HasMaxLength(64);
        level.Property(l => l.Location).HasMaxLength(64);
        level.Ignore(l => l.Available);

        var reservation = modelBuilder.Entity<StockReservation>();
        reservation.ToTable("StockReservations");
        reservation.HasKey(r => r.Id);
        reservation.Property(r => r.Reference).HasMaxLength(200);
        reservation.HasIndex(r => r.Reference).IsUnique();
        reservation.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        reservation.HasIndex(r => new { r.State, r.ExpiresUtc });
        reservation.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.ReservationId).OnDelete(DeleteBehavior.Cascade);

        var line = modelBuilder.Entity<StockReservationLine>();
        line.ToTable("StockReservationLines");
        line.HasKey(l => new { l.ReservationId, l.Sku, l.Location });
        line.Property(l => l.Sku).HasMaxLength(64);
        line.Property(l => l.Location).HasMaxLength(64);

        var item = modelBuilder.Entity<StockItem>();
        item.ToTable("StockItems");
        item.HasKey(i => i.Sku);
        item.Property(i => i.Sku).HasMaxLength(64);

        var movement = modelBuilder.Entity<StockMovement>();
        movement.ToTable("StockMovements");
        movement.HasKey(m => m.Id);
        movement.Property(m => m.Sku).HasMaxLength(64);
        movement.Property(m => m.Location).HasMaxLength(64);
        movement.Property(m => m.Reason).HasConversion<string>().HasMaxLength(16);
        movement.Property(m => m.Reference).HasMaxLength(200);
        movement.HasIndex(m => new { m.Sku, m.CreatedUtc });
    }
}
