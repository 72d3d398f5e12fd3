using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Pricing.Migrations;

[DbContext(typeof(PricingDbContext))]
[Migration("20261129110000_PricingScheduleCheckpoints")]
internal sealed class PricingScheduleCheckpoints : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ScheduleCheckpoints",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 32, nullable: false),
                CheckedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ScheduleCheckpoints", c => c.Id));
        migrationBuilder.CreateIndex("IX_ScheduledPrices_StartsUtc", "ScheduledPrices", "StartsUtc");
        migrationBuilder.CreateIndex("IX_ScheduledPrices_EndsUtc", "ScheduledPrices", "EndsUtc");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_ScheduledPrices_EndsUtc", "ScheduledPrices");
        migrationBuilder.DropIndex("IX_ScheduledPrices_StartsUtc", "ScheduledPrices");
        migrationBuilder.DropTable("ScheduleCheckpoints");
    }
}
