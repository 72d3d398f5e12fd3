using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Data.Migrations.Shell;

[DbContext(typeof(ShellDbContext))]
[Migration("20261129000001_InitialShellSchema")]
internal sealed class InitialShellSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ShellFeatures",
            columns: table => new
            {
                FeatureId = table.Column<string>(maxLength: 128, nullable: false),
                EnabledUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ShellFeatures", t => t.FeatureId));

        migrationBuilder.CreateTable(
            name: "SettingsDocuments",
            columns: table => new
            {
                Group = table.Column<string>(maxLength: 128, nullable: false),
                Json = table.Column<string>(nullable: false),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_SettingsDocuments", t => t.Group));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("SettingsDocuments");
        migrationBuilder.DropTable("ShellFeatures");
    }
}
