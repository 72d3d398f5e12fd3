using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Multistore.Data.Migrations.Host;

/// <summary>The nodes' shared data protection key ring (used when the host database is PostgreSQL).</summary>
[DbContext(typeof(HostDbContext))]
[Migration("20261206000001_AddDataProtectionKeys")]
internal sealed class AddDataProtectionKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "DataProtectionKeys",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                FriendlyName = table.Column<string>(nullable: true),
                Xml = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_DataProtectionKeys", k => k.Id));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("DataProtectionKeys");
}
