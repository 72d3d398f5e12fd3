using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Data.Migrations.Host;

[DbContext(typeof(HostDbContext))]
[Migration("20261129000002_AddFeatureProfiles")]
internal sealed class AddFeatureProfiles : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "FeatureProfiles",
            columns: table => new
            {
                Name = table.Column<string>(maxLength: 128, nullable: false),
                Description = table.Column<string>(maxLength: 500, nullable: false),
                RulesJson = table.Column<string>(nullable: false),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_FeatureProfiles", p => p.Name));
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("FeatureProfiles");
}
