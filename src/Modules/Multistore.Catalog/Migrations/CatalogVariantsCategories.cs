using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Catalog.Migrations;

[DbContext(typeof(CatalogDbContext))]
[Migration("20261129050000_CatalogVariantsCategories")]
internal sealed class CatalogVariantsCategories : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<decimal>("WeightKg", "Products", precision: 18, scale: 4, nullable: false, defaultValue: 0m);
        migrationBuilder.AddColumn<string>("TaxClass", "Products", maxLength: 32, nullable: false, defaultValue: "standard");
        migrationBuilder.AddColumn<string>("SeoTitle", "ProductTranslations", maxLength: 200, nullable: true);
        migrationBuilder.AddColumn<string>("SeoDescription", "ProductTranslations", maxLength: 400, nullable: true);
        ProductPartsMigration.Up(migrationBuilder);
        CategoriesMigration.Up(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "CatalogChanges",
            columns: table => new
            {
                Sequence = table.Column<long>(nullable: false),
                Kind = table.Column<string>(maxLength: 16, nullable: false),
                Key = table.Column<string>(maxLength: 64, nullable: false),
                ChangedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CatalogChanges", c => c.Sequence));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("CatalogChanges");
        migrationBuilder.DropTable("ProductCategories");
        migrationBuilder.DropTable("CategoryTranslations");
        migrationBuilder.DropTable("Categories");
        migrationBuilder.DropTable("ProductAttributes");
        migrationBuilder.DropTable("ProductVariants");
        migrationBuilder.DropTable("ProductOptions");
        migrationBuilder.DropColumn("SeoDescription", "ProductTranslations");
        migrationBuilder.DropColumn("SeoTitle", "ProductTranslations");
        migrationBuilder.DropColumn("TaxClass", "Products");
        migrationBuilder.DropColumn("WeightKg", "Products");
    }
}
