using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Data.Migrations.Host;

/// <summary>Rollouts in rings, recorded so that any node, the API and the command line can follow, resume or roll one back.</summary>
[DbContext(typeof(HostDbContext))]
[Migration("20261207000005_AddRollouts")]
internal sealed class AddRollouts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Rollouts",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 32, nullable: false),
                Feature = table.Column<string>(maxLength: 128, nullable: false),
                State = table.Column<string>(maxLength: 32, nullable: false),
                Json = table.Column<string>(nullable: false),
                StartedUtc = table.Column<DateTime>(nullable: false),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Rollouts", r => r.Id));
        migrationBuilder.CreateIndex(name: "IX_Rollouts_StartedUtc", table: "Rollouts", column: "StartedUtc");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("Rollouts");
}
