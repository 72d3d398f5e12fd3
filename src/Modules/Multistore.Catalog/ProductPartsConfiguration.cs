using Microsoft.EntityFrameworkCore;
using Multistore.Catalog.Domain;

namespace Multistore.Catalog;

/// <summary>Tables of a product's parts and of category texts.</summary>
internal static class ProductPartsConfiguration
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        var option = modelBuilder.Entity<ProductOption>();
        option.ToTable("ProductOptions");
        option.HasKey(o => new { o.ProductId, o.Position });
        option.Property(o => o.Name).HasMaxLength(64);

        var image = modelBuilder.Entity<ProductImage>();
        image.ToTable("ProductImages");
        image.HasKey(i => i.Id);
        image.Property(i => i.Extension).HasMaxLength(8);
        image.HasIndex(i => i.ProductId);
        image.Ignore(i => i.FileName);
        image.HasMany(i => i.Texts).WithOne().HasForeignKey(t => t.ImageId).OnDelete(DeleteBehavior.Cascade);

        var imageText = modelBuilder.Entity<ProductImageText>();
        imageText.ToTable("ProductImageTexts");
        imageText.HasKey(t => new { t.ImageId, t.Culture });
        imageText.Property(t => t.Culture).HasMaxLength(16);
        imageText.Property(t => t.Alt).HasMaxLength(ProductImageText.MaxAltLength);

        var variant = modelBuilder.Entity<ProductVariant>();
        variant.ToTable("ProductVariants");
        variant.HasKey(v => v.Id);
        variant.Property(v => v.Sku).HasMaxLength(64);
        variant.HasIndex(v => v.Sku).IsUnique();
        variant.Property(v => v.OptionValues).HasMaxLength(400);
        variant.Property(v => v.WeightKg).HasPrecision(18, 4);
        variant.Ignore(v => v.Values);
        variant.Ignore(v => v.DisplayName);

        var attribute = modelBuilder.Entity<ProductAttributeValue>();
        attribute.ToTable("ProductAttributes");
        attribute.HasKey(a => new { a.ProductId, a.Name });
        attribute.Property(a => a.Name).HasMaxLength(64);
        attribute.Property(a => a.Value).HasMaxLength(200);

        var label = modelBuilder.Entity<AttributeLabel>();
        label.ToTable("AttributeLabels");
        label.HasKey(l => new { l.Name, l.Value, l.Culture });
        label.Property(l => l.Name).HasMaxLength(AttributeLabel.MaxNameLength);
        label.Property(l => l.Value).HasMaxLength(AttributeLabel.MaxValueLength);
        label.Property(l => l.Culture).HasMaxLength(16);
        label.Property(l => l.Text).HasMaxLength(AttributeLabel.MaxTextLength);

        var link = modelBuilder.Entity<ProductCategory>();
        link.ToTable("ProductCategories");
        link.HasKey(l => new { l.ProductId, l.CategoryId });

        var categoryText = modelBuilder.Entity<CategoryTranslation>();
        categoryText.ToTable("CategoryTranslations");
        categoryText.HasKey(t => new { t.CategoryId, t.Culture });
        categoryText.Property(t => t.Culture).HasMaxLength(16);
        categoryText.Property(t => t.Name).HasMaxLength(200);
        categoryText.Property(t => t.Slug).HasMaxLength(200);
        categoryText.HasIndex(t => new { t.Culture, t.Slug }).IsUnique();
    }
}
