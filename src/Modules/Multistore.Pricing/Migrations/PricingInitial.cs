using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Pricing.Migrations;

[DbContext(typeof(PricingDbContext))]
[Migration("20261129000200_PricingInitial")]
internal sealed class PricingInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PriceLists",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Currency = table.Column<string>(maxLength: 3, fixedLength: true, nullable: false),
                IsDefault = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PriceLists", l => l.Id));

        migrationBuilder.CreateTable(
            name: "PriceEntries",
            columns: table => new
            {
                PriceListId = table.Column<Guid>(nullable: false),
                Sku = table.Column<string>(maxLength: 64, nullable: false),
                Amount = table.Column<decimal>(precision: 18, scale: 4, nullable: false),
                CompareAtAmount = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PriceEntries", e => new { e.PriceListId, e.Sku });
                table.ForeignKey("FK_PriceEntries_PriceLists_PriceListId", e => e.PriceListId, "PriceLists", "Id", onDelete: ReferentialAction.Cascade);
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("PriceEntries");
        migrationBuilder.DropTable("PriceLists");
    }
}
