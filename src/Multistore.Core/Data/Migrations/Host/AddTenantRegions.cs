using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Data.Migrations.Host;

/// <summary>The region and isolation tier each store was created in.</summary>
[DbContext(typeof(HostDbContext))]
[Migration("20261207000020_AddTenantRegions")]
internal sealed class AddTenantRegions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Region", table: "Tenants", maxLength: 64, nullable: true);
        migrationBuilder.AddColumn<string>(name: "Tier", table: "Tenants", maxLength: 16, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "Tier", table: "Tenants");
        migrationBuilder.DropColumn(name: "Region", table: "Tenants");
    }
}
