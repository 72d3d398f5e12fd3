using Microsoft.EntityFrameworkCore;
using Multistore.Pricing.Domain;

namespace Multistore.Pricing;

internal sealed class PricingDbContext(DbContextOptions<PricingDbContext> options) : DbContext(options)
{
    public DbSet<PriceList> PriceLists => Set<PriceList>();
    public DbSet<PriceEntry> PriceEntries => Set<PriceEntry>();
    public DbSet<ScheduledPrice> ScheduledPrices => Set<ScheduledPrice>();
    public DbSet<ScheduleCheckpoint> ScheduleCheckpoints => Set<ScheduleCheckpoint>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var list = modelBuilder.Entity<PriceList>();
        list.ToTable("PriceLists");
        list.HasKey(l => l.Id);
        list.Property(l => l.Name).HasMaxLength(100);
        list.Property(l => l.Currency).HasMaxLength(3).IsFixedLength();
        list.HasMany(l => l.Entries).WithOne().HasForeignKey(e => e.PriceListId).OnDelete(DeleteBehavior.Cascade);
        list.HasMany(l => l.Scheduled).WithOne().HasForeignKey(e => e.PriceListId).OnDelete(DeleteBehavior.Cascade);

        var entry = modelBuilder.Entity<PriceEntry>();
        entry.ToTable("PriceEntries");
        entry.HasKey(e => new { e.PriceListId, e.Sku });
        entry.Property(e => e.Sku).HasMaxLength(64);
        entry.Property(e => e.Amount).HasPrecision(18, 4);
        entry.Property(e => e.CompareAtAmount).HasPrecision(18, 4);

        var scheduled = modelBuilder.Entity<ScheduledPrice>();
        scheduled.ToTable("ScheduledPrices");
        scheduled.HasKey(e => e.Id);
        scheduled.Property(e => e.Sku).HasMaxLength(64);
        scheduled.HasIndex(e => new { e.PriceListId, e.Sku });
        scheduled.Property(e => e.Amount).HasPrecision(18, 4);
        scheduled.Property(e => e.CompareAtAmount).HasPrecision(18, 4);
        scheduled.HasIndex(e => e.StartsUtc);
        scheduled.HasIndex(e => e.EndsUtc);

        var checkpoint = modelBuilder.Entity<ScheduleCheckpoint>();
        checkpoint.ToTable("ScheduleCheckpoints");
        checkpoint.HasKey(c => c.Id);
        checkpoint.Property(c => c.Id).HasMaxLength(32);
    }
}
