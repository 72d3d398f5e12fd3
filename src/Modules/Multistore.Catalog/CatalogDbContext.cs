using Microsoft.EntityFrameworkCore;
using Multistore.Catalog.Domain;

namespace Multistore.Catalog;

public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : DbContext(options)
{
    public DbSet<Product> Products => Set<Product>();
    public DbSet<ProductTranslation> ProductTranslations => Set<ProductTranslation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var product = modelBuilder.Entity<Product>();
        product.ToTable("Products");
        product.HasKey(p => p.Id);
        product.Property(p => p.Sku).HasMaxLength(64);
        product.HasIndex(p => p.Sku).IsUnique();
        product.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        product.HasMany(p => p.Translations).WithOne().HasForeignKey(t => t.ProductId).OnDelete(DeleteBehavior.Cascade);

        var translation = modelBuilder.Entity<ProductTranslation>();
        translation.ToTable("ProductTranslations");
        translation.HasKey(t => new { t.ProductId, t.Culture });
        translation.Property(t => t.Culture).HasMaxLength(16);
        translation.Property(t => t.Name).HasMaxLength(200);
        translation.Property(t => t.Slug).HasMaxLength(200);
        translation.HasIndex(t => new { t.Culture, t.Slug }).IsUnique();
    }
}
