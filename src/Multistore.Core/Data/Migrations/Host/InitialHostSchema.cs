using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Data.Migrations.Host;

/// <summary>
/// Written by hand without provider-specific column types, so the same migration creates the schema on
/// SQLite and on PostgreSQL (each provider maps the CLR types itself).
/// </summary>
[DbContext(typeof(HostDbContext))]
[Migration("20261129000001_InitialHostSchema")]
internal sealed class InitialHostSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Tenants",
            columns: table => new
            {
                Name = table.Column<string>(maxLength: 64, nullable: false),
                State = table.Column<string>(maxLength: 32, nullable: false),
                Hosts = table.Column<string>(maxLength: 2000, nullable: false),
                UrlPrefix = table.Column<string>(maxLength: 64, nullable: true),
                DatabaseProvider = table.Column<string>(maxLength: 32, nullable: false),
                ProtectedConnectionString = table.Column<string>(nullable: true),
                Schema = table.Column<string>(maxLength: 64, nullable: true),
                RecipeName = table.Column<string>(maxLength: 128, nullable: true),
                FeatureProfile = table.Column<string>(maxLength: 128, nullable: true),
                Version = table.Column<long>(nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Tenants", t => t.Name));
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("Tenants");
}
