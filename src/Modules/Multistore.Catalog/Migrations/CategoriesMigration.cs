using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Catalog.Migrations;

/// <summary>The category tree, its texts and product links; part of <see cref="CatalogVariantsCategories"/>.</summary>
internal static class CategoriesMigration
{
    public static void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Categories",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Key = table.Column<string>(maxLength: 64, nullable: false),
                ParentId = table.Column<Guid>(nullable: true),
                SortOrder = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Categories", c => c.Id));
        migrationBuilder.CreateIndex("IX_Categories_Key", "Categories", "Key", unique: true);

        migrationBuilder.CreateTable(
            name: "CategoryTranslations",
            columns: table => new
            {
                CategoryId = table.Column<Guid>(nullable: false),
                Culture = table.Column<string>(maxLength: 16, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Slug = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CategoryTranslations", t => new { t.CategoryId, t.Culture });
                table.ForeignKey("FK_CategoryTranslations_Categories_CategoryId", t => t.CategoryId, "Categories", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_CategoryTranslations_Culture_Slug", "CategoryTranslations", ["Culture", "Slug"], unique: true);

        migrationBuilder.CreateTable(
            name: "ProductCategories",
            columns: table => new
            {
                ProductId = table.Column<Guid>(nullable: false),
                CategoryId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProductCategories", l => new { l.ProductId, l.CategoryId });
                table.ForeignKey("FK_ProductCategories_Products_ProductId", l => l.ProductId, "Products", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ProductCategories_Categories_CategoryId", l => l.CategoryId, "Categories", "Id", onDelete: ReferentialAction.Cascade);
            });
    }
}
