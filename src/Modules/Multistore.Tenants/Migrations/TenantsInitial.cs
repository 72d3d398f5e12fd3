using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Tenants.Migrations;

[DbContext(typeof(TenantsDbContext))]
[Migration("20261129000400_TenantsInitial")]
internal sealed class TenantsInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ApiKeys",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Prefix = table.Column<string>(maxLength: 16, nullable: false),
                Hash = table.Column<string>(maxLength: 64, nullable: false),
                Permissions = table.Column<string>(maxLength: 500, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                LastUsedUtc = table.Column<DateTime>(nullable: true),
                RevokedUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ApiKeys", k => k.Id));
        migrationBuilder.CreateIndex("IX_ApiKeys_Hash", "ApiKeys", "Hash", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("ApiKeys");
}
