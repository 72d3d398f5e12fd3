using Microsoft.EntityFrameworkCore;
using Multistore.Shipping.Domain;

namespace Multistore.Shipping;

internal sealed class ShippingDbContext(DbContextOptions<ShippingDbContext> options) : DbContext(options)
{
    public DbSet<ShippingZone> Zones => Set<ShippingZone>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var zone = modelBuilder.Entity<ShippingZone>();
        zone.ToTable("ShippingZones");
        zone.HasKey(z => z.Id);
        zone.Property(z => z.Name).HasMaxLength(100);
        zone.HasMany(z => z.Areas).WithOne().HasForeignKey(a => a.ZoneId).OnDelete(DeleteBehavior.Cascade);
        zone.HasMany(z => z.Rates).WithOne().HasForeignKey(r => r.ZoneId).OnDelete(DeleteBehavior.Cascade);

        var area = modelBuilder.Entity<ShippingZoneArea>();
        area.ToTable("ShippingZoneAreas");
        area.HasKey(a => new { a.ZoneId, a.Country, a.Region });
        area.Property(a => a.Country).HasMaxLength(2);
        area.Property(a => a.Region).HasMaxLength(10);

        var rate = modelBuilder.Entity<ShippingRate>();
        rate.ToTable("ShippingRates");
        rate.HasKey(r => r.Id);
        rate.Property(r => r.Code).HasMaxLength(64);
        rate.Property(r => r.Name).HasMaxLength(100);
        rate.Property(r => r.Price).HasPrecision(18, 4);
        rate.Property(r => r.FreeAbove).HasPrecision(18, 4);
        rate.HasMany(r => r.Tiers).WithOne().HasForeignKey(t => t.RateId).OnDelete(DeleteBehavior.Cascade);

        var tier = modelBuilder.Entity<ShippingRateTier>();
        tier.ToTable("ShippingRateTiers");
        tier.HasKey(t => new { t.RateId, t.UpToKg });
        tier.Property(t => t.UpToKg).HasPrecision(10, 3);
        tier.Property(t => t.Price).HasPrecision(18, 4);
    }
}
