using Microsoft.EntityFrameworkCore;

namespace Multistore.StorefrontApi.Customers.Addresses;

internal sealed class CustomerAddressDbContext(DbContextOptions<CustomerAddressDbContext> options) : DbContext(options)
{
    public const string HistoryName = "customeraddresses";

    public DbSet<CustomerAddress> Addresses => Set<CustomerAddress>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var address = modelBuilder.Entity<CustomerAddress>();
        address.ToTable("CustomerAddresses");
        address.HasKey(a => a.Id);
        address.Property(a => a.CustomerId).HasMaxLength(128);
        address.HasIndex(a => a.CustomerId);
        address.Property(a => a.Name).HasMaxLength(200);
        address.Property(a => a.Company).HasMaxLength(200);
        address.Property(a => a.Line1).HasMaxLength(200);
        address.Property(a => a.Line2).HasMaxLength(200);
        address.Property(a => a.City).HasMaxLength(100);
        address.Property(a => a.PostalCode).HasMaxLength(20);
        address.Property(a => a.Region).HasMaxLength(50);
        address.Property(a => a.Country).HasMaxLength(2);
        address.Property(a => a.Phone).HasMaxLength(40);
    }
}
