using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Pricing.Migrations;

[DbContext(typeof(PricingDbContext))]
[Migration("20261129050000_PricingScheduledPrices")]
internal sealed class PricingScheduledPrices : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ScheduledPrices",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PriceListId = table.Column<Guid>(nullable: false),
                Sku = table.Column<string>(maxLength: 64, nullable: false),
                Amount = table.Column<decimal>(precision: 18, scale: 4, nullable: false),
                CompareAtAmount = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
                StartsUtc = table.Column<DateTime>(nullable: false),
                EndsUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ScheduledPrices", e => e.Id);
                table.ForeignKey("FK_ScheduledPrices_PriceLists_PriceListId", e => e.PriceListId, "PriceLists", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ScheduledPrices_PriceListId_Sku", "ScheduledPrices", ["PriceListId", "Sku"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("ScheduledPrices");
}
