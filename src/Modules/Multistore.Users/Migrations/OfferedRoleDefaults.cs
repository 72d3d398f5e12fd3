using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Users.Migrations;

/// <summary>
/// Remembers which module defaults each built-in role was given, so features enabled later add theirs. What roles grant
/// today counts as offered, so nothing an administrator changed is undone.
/// </summary>
[DbContext(typeof(UsersDbContext))]
[Migration("20261129100000_OfferedRoleDefaults")]
internal sealed class OfferedRoleDefaults : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "OfferedRoleDefaults",
            columns: table => new
            {
                RoleId = table.Column<string>(nullable: false),
                Permission = table.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OfferedRoleDefaults", p => new { p.RoleId, p.Permission });
                table.ForeignKey("FK_OfferedRoleDefaults_AspNetRoles_RoleId", p => p.RoleId, "AspNetRoles", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.Sql("""INSERT INTO "OfferedRoleDefaults" ("RoleId", "Permission") SELECT "RoleId", "Permission" FROM "RolePermissions";""");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("OfferedRoleDefaults");
}
