using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Catalog.Migrations;

[DbContext(typeof(CatalogDbContext))]
[Migration("20261129110000_CatalogProductImageTexts")]
internal sealed class CatalogProductImageTexts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "ProductImageTexts",
            columns: table => new
            {
                ImageId = table.Column<Guid>(nullable: false),
                Culture = table.Column<string>(maxLength: 16, nullable: false),
                Alt = table.Column<string>(maxLength: 250, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProductImageTexts", t => new { t.ImageId, t.Culture });
                table.ForeignKey("FK_ProductImageTexts_ProductImages_ImageId", t => t.ImageId, "ProductImages", "Id", onDelete: ReferentialAction.Cascade);
            });

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("ProductImageTexts");
}
