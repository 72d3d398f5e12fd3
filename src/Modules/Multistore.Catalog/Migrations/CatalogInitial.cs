using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Catalog.Migrations;

[DbContext(typeof(CatalogDbContext))]
[Migration("20261129000100_CatalogInitial")]
internal sealed class CatalogInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Products",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Sku = table.Column<string>(maxLength: 64, nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                SortOrder = table.Column<int>(nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Products", p => p.Id));
        migrationBuilder.CreateIndex("IX_Products_Sku", "Products", "Sku", unique: true);

        migrationBuilder.CreateTable(
            name: "ProductTranslations",
            columns: table => new
            {
                ProductId = table.Column<Guid>(nullable: false),
                Culture = table.Column<string>(maxLength: 16, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Slug = table.Column<string>(maxLength: 200, nullable: false),
                Description = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProductTranslations", t => new { t.ProductId, t.Culture });
                table.ForeignKey("FK_ProductTranslations_Products_ProductId", t => t.ProductId, "Products", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ProductTranslations_Culture_Slug", "ProductTranslations", ["Culture", "Slug"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("ProductTranslations");
        migrationBuilder.DropTable("Products");
    }
}
