using Microsoft.EntityFrameworkCore;
using Multistore.Cart.Domain;

namespace Multistore.Cart;

internal sealed class CartDbContext(DbContextOptions<CartDbContext> options) : DbContext(options)
{
    public DbSet<Domain.Cart> Carts => Set<Domain.Cart>();
    public DbSet<CartLine> Lines => Set<CartLine>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var cart = modelBuilder.Entity<Domain.Cart>();
        cart.ToTable("Carts");
        cart.HasKey(c => c.Id);
        cart.Property(c => c.CustomerId).HasMaxLength(128);
        cart.HasIndex(c => c.CustomerId);
        cart.Property(c => c.Currency).HasMaxLength(3);
        cart.Property(c => c.Culture).HasMaxLength(16);
        cart.Property(c => c.Touchpoint).HasMaxLength(16);
        cart.Property(c => c.CouponCode).HasMaxLength(64);
        cart.HasMany(c => c.Lines).WithOne().HasForeignKey(l => l.CartId).OnDelete(DeleteBehavior.Cascade);

        var line = modelBuilder.Entity<CartLine>();
        line.ToTable("CartLines");
        line.HasKey(l => new { l.CartId, l.Sku });
        line.Property(l => l.Sku).HasMaxLength(64);
        line.Property(l => l.UnitPrice).HasPrecision(18, 4);
    }
}
