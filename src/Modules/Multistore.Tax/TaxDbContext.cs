using Microsoft.EntityFrameworkCore;
using Multistore.Tax.Domain;

namespace Multistore.Tax;

internal sealed class TaxDbContext(DbContextOptions<TaxDbContext> options) : DbContext(options)
{
    public DbSet<TaxRate> Rates => Set<TaxRate>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var rate = modelBuilder.Entity<TaxRate>();
        rate.ToTable("TaxRates");
        rate.HasKey(r => new { r.Country, r.Region, r.TaxClass });
        rate.Property(r => r.Country).HasMaxLength(2).IsFixedLength();
        rate.Property(r => r.Region).HasMaxLength(10);
        rate.Property(r => r.TaxClass).HasMaxLength(50);
        rate.Property(r => r.Name).HasMaxLength(100);
        rate.Property(r => r.Rate).HasPrecision(7, 4);
    }
}
