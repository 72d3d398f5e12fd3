using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Data.Migrations.Host;

/// <summary>Brand templates stores inherit configuration from, and the template each tenant names.</summary>
[DbContext(typeof(HostDbContext))]
[Migration("20261129000003_AddBrandTemplates")]
internal sealed class AddBrandTemplates : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "BrandTemplates",
            columns: table => new
            {
                Name = table.Column<string>(maxLength: 64, nullable: false),
                Parent = table.Column<string>(maxLength: 64, nullable: true),
                Description = table.Column<string>(maxLength: 500, nullable: false),
                FeaturesJson = table.Column<string>(nullable: false),
                SettingsJson = table.Column<string>(nullable: false),
                Version = table.Column<long>(nullable: false),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_BrandTemplates", t => t.Name));

        migrationBuilder.AddColumn<string>(name: "Template", table: "Tenants", maxLength: 64, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "Template", table: "Tenants");
        migrationBuilder.DropTable("BrandTemplates");
    }
}
