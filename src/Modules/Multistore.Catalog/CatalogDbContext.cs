using Microsoft.EntityFrameworkCore;
using Multistore.Catalog.Domain;

namespace Multistore.Catalog;

internal sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : DbContext(options)
{
    public DbSet<Product> Products => Set<Product>();
    public DbSet<ProductTranslation> ProductTranslations => Set<ProductTranslation>();
    public DbSet<ProductVariant> ProductVariants => Set<ProductVariant>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<ProductImage> ProductImages => Set<ProductImage>();
    public DbSet<CatalogChange> Changes => Set<CatalogChange>();
    public DbSet<AttributeLabel> AttributeLabels => Set<AttributeLabel>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new ProductEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new CategoryEntityTypeConfiguration());
        ProductPartsConfiguration.Configure(modelBuilder);

        var translation = modelBuilder.Entity<ProductTranslation>();
        translation.ToTable("ProductTranslations");
        translation.HasKey(t => new { t.ProductId, t.Culture });
        translation.Property(t => t.Culture).HasMaxLength(16);
        translation.Property(t => t.Name).HasMaxLength(200);
        translation.Property(t => t.Slug).HasMaxLength(200);
        translation.Property(t => t.SeoTitle).HasMaxLength(200);
        translation.Property(t => t.SeoDescription).HasMaxLength(400);
        translation.HasIndex(t => new { t.Culture, t.Slug }).IsUnique();

        var change = modelBuilder.Entity<CatalogChange>();
        change.ToTable("CatalogChanges");
        change.HasKey(c => c.Sequence);
        change.Property(c => c.Sequence).ValueGeneratedNever();
        change.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        change.Property(c => c.Key).HasMaxLength(64);
    }
}
