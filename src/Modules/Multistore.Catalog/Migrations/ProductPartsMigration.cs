using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Catalog.Migrations;

/// <summary>Options, variants and attributes of products; part of <see cref="CatalogVariantsCategories"/>.</summary>
internal static class ProductPartsMigration
{
    public static void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ProductOptions",
            columns: table => new
            {
                ProductId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProductOptions", o => new { o.ProductId, o.Position });
                table.ForeignKey("FK_ProductOptions_Products_ProductId", o => o.ProductId, "Products", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ProductVariants",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ProductId = table.Column<Guid>(nullable: false),
                Sku = table.Column<string>(maxLength: 64, nullable: false),
                Position = table.Column<int>(nullable: false),
                OptionValues = table.Column<string>(maxLength: 400, nullable: false),
                WeightKg = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProductVariants", v => v.Id);
                table.ForeignKey("FK_ProductVariants_Products_ProductId", v => v.ProductId, "Products", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ProductVariants_Sku", "ProductVariants", "Sku", unique: true);
        migrationBuilder.CreateIndex("IX_ProductVariants_ProductId", "ProductVariants", "ProductId");

        migrationBuilder.CreateTable(
            name: "ProductAttributes",
            columns: table => new
            {
                ProductId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 64, nullable: false),
                Value = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProductAttributes", a => new { a.ProductId, a.Name });
                table.ForeignKey("FK_ProductAttributes_Products_ProductId", a => a.ProductId, "Products", "Id", onDelete: ReferentialAction.Cascade);
            });
    }
}
