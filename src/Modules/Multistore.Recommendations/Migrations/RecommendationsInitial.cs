using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Recommendations.Migrations;

[DbContext(typeof(RecommendationsDbContext))]
[Migration("20261206160000_RecommendationsInitial")]
internal sealed class RecommendationsInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "BoughtTogetherPairs",
            columns: table => new
            {
                ProductId = table.Column<Guid>(nullable: false),
                OtherProductId = table.Column<Guid>(nullable: false),
                Orders = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_BoughtTogetherPairs", p => new { p.ProductId, p.OtherProductId }));

        migrationBuilder.CreateTable(
            name: "ProductOrderCounts",
            columns: table => new
            {
                ProductId = table.Column<Guid>(nullable: false),
                Orders = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ProductOrderCounts", p => p.ProductId));
        migrationBuilder.CreateIndex("IX_ProductOrderCounts_Orders", "ProductOrderCounts", "Orders");

        migrationBuilder.CreateTable(
            name: "CountedOrders",
            columns: table => new
            {
                OrderId = table.Column<Guid>(nullable: false),
                CountedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CountedOrders", c => c.OrderId));

        migrationBuilder.CreateTable(
            name: "RecommendationCheckpoints",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 32, nullable: false),
                RebuiltUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_RecommendationCheckpoints", c => c.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("RecommendationCheckpoints");
        migrationBuilder.DropTable("CountedOrders");
        migrationBuilder.DropTable("ProductOrderCounts");
        migrationBuilder.DropTable("BoughtTogetherPairs");
    }
}
