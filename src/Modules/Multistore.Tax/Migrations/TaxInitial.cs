using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Tax.Migrations;

[DbContext(typeof(TaxDbContext))]
[Migration("20261129001200_TaxInitial")]
internal sealed class TaxInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "TaxRates",
            columns: table => new
            {
                Country = table.Column<string>(maxLength: 2, fixedLength: true, nullable: false),
                Region = table.Column<string>(maxLength: 10, nullable: false),
                TaxClass = table.Column<string>(maxLength: 50, nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Rate = table.Column<decimal>(precision: 7, scale: 4, nullable: false),
                AppliesToShipping = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_TaxRates", r => new { r.Country, r.Region, r.TaxClass }));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("TaxRates");
}
