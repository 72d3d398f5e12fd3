using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Shipping.Migrations;

[DbContext(typeof(ShippingDbContext))]
[Migration("20261129001300_ShippingInitial")]
internal sealed class ShippingInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ShippingZones",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Position = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ShippingZones", z => z.Id));

        migrationBuilder.CreateTable(
            name: "ShippingZoneAreas",
            columns: table => new
            {
                ZoneId = table.Column<Guid>(nullable: false),
                Country = table.Column<string>(maxLength: 2, nullable: false),
                Region = table.Column<string>(maxLength: 10, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ShippingZoneAreas", a => new { a.ZoneId, a.Country, a.Region });
                table.ForeignKey("FK_ShippingZoneAreas_ShippingZones_ZoneId", a => a.ZoneId, "ShippingZones", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ShippingRates",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ZoneId = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(maxLength: 64, nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Price = table.Column<decimal>(precision: 18, scale: 4, nullable: false),
                FreeAbove = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ShippingRates", r => r.Id);
                table.ForeignKey("FK_ShippingRates_ShippingZones_ZoneId", r => r.ZoneId, "ShippingZones", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ShippingRates_ZoneId", "ShippingRates", "ZoneId");

        migrationBuilder.CreateTable(
            name: "ShippingRateTiers",
            columns: table => new
            {
                RateId = table.Column<Guid>(nullable: false),
                UpToKg = table.Column<decimal>(precision: 10, scale: 3, nullable: false),
                Price = table.Column<decimal>(precision: 18, scale: 4, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ShippingRateTiers", t => new { t.RateId, t.UpToKg });
                table.ForeignKey("FK_ShippingRateTiers_ShippingRates_RateId", t => t.RateId, "ShippingRates", "Id", onDelete: ReferentialAction.Cascade);
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("ShippingRateTiers");
        migrationBuilder.DropTable("ShippingRates");
        migrationBuilder.DropTable("ShippingZoneAreas");
        migrationBuilder.DropTable("ShippingZones");
    }
}
