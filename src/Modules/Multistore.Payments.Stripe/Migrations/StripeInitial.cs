using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Payments.Stripe.Migrations;

[DbContext(typeof(StripeDbContext))]
[Migration("20261129001100_StripeInitial")]
internal sealed class StripeInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "StripeSecrets",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 32, nullable: false),
                SecretKeyProtected = table.Column<string>(nullable: false),
                WebhookSecretProtected = table.Column<string>(nullable: false),
                UpdatedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_StripeSecrets", s => s.Id));

        migrationBuilder.CreateTable(
            name: "StripeProcessedEvents",
            columns: table => new
            {
                EventId = table.Column<string>(maxLength: 255, nullable: false),
                Type = table.Column<string>(maxLength: 100, nullable: false),
                ProcessedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_StripeProcessedEvents", e => e.EventId));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("StripeProcessedEvents");
        migrationBuilder.DropTable("StripeSecrets");
    }
}
