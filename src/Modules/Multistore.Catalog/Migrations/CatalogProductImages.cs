using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Catalog.Migrations;

[DbContext(typeof(CatalogDbContext))]
[Migration("20261129080000_CatalogProductImages")]
internal sealed class CatalogProductImages : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ProductImages",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ProductId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Extension = table.Column<string>(maxLength: 8, nullable: false),
                Width = table.Column<int>(nullable: false),
                Height = table.Column<int>(nullable: false),
                Bytes = table.Column<long>(nullable: false),
                UploadedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProductImages", i => i.Id);
                table.ForeignKey("FK_ProductImages_Products_ProductId", i => i.ProductId, "Products", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ProductImages_ProductId", "ProductImages", "ProductId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("ProductImages");
}
