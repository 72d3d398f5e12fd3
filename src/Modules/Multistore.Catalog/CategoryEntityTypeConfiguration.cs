using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Multistore.Catalog.Domain;

namespace Multistore.Catalog;

internal sealed class CategoryEntityTypeConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.ToTable("Categories");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Key).HasMaxLength(64);
        builder.HasIndex(c => c.Key).IsUnique();
        builder.HasMany(c => c.Translations).WithOne().HasForeignKey(t => t.CategoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<ProductCategory>().WithOne().HasForeignKey(l => l.CategoryId).OnDelete(DeleteBehavior.Cascade);

    }
}
