using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Payments.Migrations;

[DbContext(typeof(PaymentsDbContext))]
[Migration("20261129001000_PaymentsInitial")]
internal sealed class PaymentsInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Payments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                OrderNumber = table.Column<string>(maxLength: 64, nullable: false),
                ProviderCode = table.Column<string>(maxLength: 64, nullable: false),
                ProviderReference = table.Column<string>(maxLength: 255, nullable: false),
                IdempotencyKey = table.Column<string>(maxLength: 255, nullable: false),
                Status = table.Column<string>(maxLength: 32, nullable: false),
                Currency = table.Column<string>(maxLength: 3, fixedLength: true, nullable: false),
                AmountMinor = table.Column<long>(nullable: false),
                RefundedMinor = table.Column<long>(nullable: false),
                CreatedUtc = table.Column<DateTimeOffset>(nullable: false),
                UpdatedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Payments", p => p.Id));
        migrationBuilder.CreateIndex("IX_Payments_IdempotencyKey", "Payments", "IdempotencyKey", unique: true);
        migrationBuilder.CreateIndex("IX_Payments_ProviderCode_ProviderReference", "Payments", ["ProviderCode", "ProviderReference"]);
        migrationBuilder.CreateIndex("IX_Payments_OrderId", "Payments", "OrderId");

        migrationBuilder.CreateTable(
            name: "PaymentRefunds",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PaymentId = table.Column<Guid>(nullable: false),
                IdempotencyKey = table.Column<string>(maxLength: 255, nullable: false),
                ProviderReference = table.Column<string>(maxLength: 255, nullable: false),
                AmountMinor = table.Column<long>(nullable: false),
                CreatedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PaymentRefunds", r => r.Id);
                table.ForeignKey("FK_PaymentRefunds_Payments_PaymentId", r => r.PaymentId, "Payments", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PaymentRefunds_IdempotencyKey", "PaymentRefunds", "IdempotencyKey", unique: true);
        migrationBuilder.CreateIndex("IX_PaymentRefunds_PaymentId", "PaymentRefunds", "PaymentId");

        migrationBuilder.CreateTable(
            name: "PaymentStatusHistory",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PaymentId = table.Column<Guid>(nullable: false),
                From = table.Column<string>(maxLength: 32, nullable: false),
                To = table.Column<string>(maxLength: 32, nullable: false),
                Cause = table.Column<string>(maxLength: 255, nullable: false),
                AtUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PaymentStatusHistory", h => h.Id);
                table.ForeignKey("FK_PaymentStatusHistory_Payments_PaymentId", h => h.PaymentId, "Payments", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PaymentStatusHistory_PaymentId", "PaymentStatusHistory", "PaymentId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("PaymentStatusHistory");
        migrationBuilder.DropTable("PaymentRefunds");
        migrationBuilder.DropTable("Payments");
    }
}
