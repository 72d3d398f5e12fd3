using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Inventory.Migrations;

[DbContext(typeof(InventoryDbContext))]
[Migration("20261129000300_InventoryInitial")]
internal sealed class InventoryInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "StockLocations",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 64, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Kind = table.Column<string>(maxLength: 16, nullable: false),
                Priority = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_StockLocations", l => l.Code));

        migrationBuilder.CreateTable(
            name: "StockLevels",
            columns: table => new
            {
                Sku = table.Column<string>(maxLength: 64, nullable: false),
                Location = table.Column<string>(maxLength: 64, nullable: false),
                OnHand = table.Column<int>(nullable: false),
                Reserved = table.Column<int>(nullable: false),
                LowStockThreshold = table.Column<int>(nullable: false),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_StockLevels", l => new { l.Sku, l.Location }));

        migrationBuilder.CreateTable(
            name: "StockReservations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Reference = table.Column<string>(maxLength: 200, nullable: false),
                State = table.Column<string>(maxLength: 16, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                ExpiresUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_StockReservations", r => r.Id));
        migrationBuilder.CreateIndex("IX_StockReservations_Reference", "StockReservations", "Reference", unique: true);
        migrationBuilder.CreateIndex("IX_StockReservations_State_ExpiresUtc", "StockReservations", ["State", "ExpiresUtc"]);

        migrationBuilder.CreateTable(
            name: "StockReservationLines",
            columns: table => new
            {
                ReservationId = table.Column<Guid>(nullable: false),
                Sku = table.Column<string>(maxLength: 64, nullable: false),
                Location = table.Column<string>(maxLength: 64, nullable: false),
                Quantity = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StockReservationLines", l => new { l.ReservationId, l.Sku, l.Location });
                table.ForeignKey("FK_StockReservationLines_StockReservations_ReservationId", l => l.ReservationId, "StockReservations", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "StockMovements",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Sku = table.Column<string>(maxLength: 64, nullable: false),
                Location = table.Column<string>(maxLength: 64, nullable: false),
                Change = table.Column<int>(nullable: false),
                Reason = table.Column<string>(maxLength: 16, nullable: false),
                Reference = table.Column<string>(maxLength: 200, nullable: true),
                CreatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_StockMovements", m => m.Id));
        migrationBuilder.CreateIndex("IX_StockMovements_Sku_CreatedUtc", "StockMovements", ["Sku", "CreatedUtc"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("StockMovements");
        migrationBuilder.DropTable("StockReservationLines");
        migrationBuilder.DropTable("StockReservations");
        migrationBuilder.DropTable("StockLevels");
        migrationBuilder.DropTable("StockLocations");
    }
}
