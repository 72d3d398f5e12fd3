using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Inventory.Migrations;

/// <summary>
/// Backorders: a SKU may be sold beyond its stock (a new table, so SKUs without a row sell only what they have), and a
/// held line says how much of it was backordered (defaulted to 0, so holds written by the previous release still read).
/// </summary>
[DbContext(typeof(InventoryDbContext))]
[Migration("20261207050000_InventoryBackorders")]
internal sealed class InventoryBackorders : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "StockItems",
            columns: table => new
            {
                Sku = table.Column<string>(maxLength: 64, nullable: false),
                AllowBackorder = table.Column<bool>(nullable: false),
                RestockDate = table.Column<DateOnly>(nullable: true),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_StockItems", i => i.Sku));

        migrationBuilder.AddColumn<int>(name: "Backordered", table: "StockReservationLines", nullable: false, defaultValue: 0);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "Backordered", table: "StockReservationLines");
        migrationBuilder.DropTable(name: "StockItems");
    }
}
