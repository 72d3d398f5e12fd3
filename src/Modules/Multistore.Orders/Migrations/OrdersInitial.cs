using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Orders.Migrations;

[DbContext(typeof(OrdersDbContext))]
[Migration("20261129000600_OrdersInitial")]
internal sealed class OrdersInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Orders",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Number = table.Column<string>(maxLength: 32, nullable: false),
                IdempotencyKey = table.Column<string>(maxLength: 200, nullable: false),
                AccessToken = table.Column<string>(maxLength: 64, nullable: false),
                CustomerId = table.Column<string>(maxLength: 128, nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: false),
                Culture = table.Column<string>(maxLength: 16, nullable: false),
                Currency = table.Column<string>(maxLength: 3, nullable: false),
                Touchpoint = table.Column<string>(maxLength: 16, nullable: false),
                Status = table.Column<string>(maxLength: 24, nullable: false),
                ShippingAddress = table.Column<string>(nullable: false),
                BillingAddress = table.Column<string>(nullable: false),
                ShippingMethodCode = table.Column<string>(maxLength: 64, nullable: false),
                ShippingMethodName = table.Column<string>(maxLength: 200, nullable: false),
                PaymentMethodCode = table.Column<string>(maxLength: 64, nullable: false),
                CouponCode = table.Column<string>(maxLength: 64, nullable: true),
                ItemsTotal = table.Column<decimal>(precision: 18, scale: 4, nullable: false),
                DiscountTotal = table.Column<decimal>(precision: 18, scale: 4, nullable: false),
                ShippingTotal = table.Column<decimal>(precision: 18, scale: 4, nullable: false),
                PaymentFee = table.Column<decimal>(precision: 18, scale: 4, nullable: false),
                TaxTotal = table.Column<decimal>(precision: 18, scale: 4, nullable: false),
                GrandTotal = table.Column<decimal>(precision: 18, scale: 4, nullable: false),
                RefundedTotal = table.Column<decimal>(precision: 18, scale: 4, nullable: false),
                TaxIncluded = table.Column<bool>(nullable: false),
                ReservationReference = table.Column<string>(maxLength: 200, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Orders", x => x.Id);
            });
        migrationBuilder.CreateIndex("IX_Orders_Number", "Orders", "Number", unique: true);
        migrationBuilder.CreateIndex("IX_Orders_IdempotencyKey", "Orders", "IdempotencyKey", unique: true);
        migrationBuilder.CreateIndex("IX_Orders_CustomerId_CreatedUtc", "Orders", ["CustomerId", "CreatedUtc"]);
        migrationBuilder.CreateIndex("IX_Orders_Status_CreatedUtc", "Orders", ["Status", "CreatedUtc"]);

        migrationBuilder.CreateTable(
            name: "OrderLines",
            columns: table => new
            {
                OrderId = table.Column<Guid>(nullable: false),
                Sku = table.Column<string>(maxLength: 64, nullable: false),
                Name = table.Column<string>(maxLength: 300, nullable: false),
                Quantity = table.Column<int>(nullable: false),
                UnitPrice = table.Column<decimal>(precision: 18, scale: 4, nullable: false),
                Discount = table.Column<decimal>(precision: 18, scale: 4, nullable: false),
                LineTotal = table.Column<decimal>(precision: 18, scale: 4, nullable: false),
                Tax = table.Column<decimal>(precision: 18, scale: 4, nullable: false),
                TaxClass = table.Column<string>(maxLength: 32, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OrderLines", x => new { x.OrderId, x.Sku });
                table.ForeignKey("FK_OrderLines_Orders_OrderId", x => x.OrderId, "Orders", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "OrderTransitions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                From = table.Column<string>(maxLength: 24, nullable: true),
                To = table.Column<string>(maxLength: 24, nullable: false),
                By = table.Column<string>(maxLength: 256, nullable: false),
                Note = table.Column<string>(nullable: true),
                AtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OrderTransitions", x => x.Id);
                table.ForeignKey("FK_OrderTransitions_Orders_OrderId", x => x.OrderId, "Orders", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_OrderTransitions_OrderId", "OrderTransitions", "OrderId");

        migrationBuilder.CreateTable(
            name: "OrderNotes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                Author = table.Column<string>(maxLength: 256, nullable: false),
                Text = table.Column<string>(nullable: false),
                AtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OrderNotes", x => x.Id);
                table.ForeignKey("FK_OrderNotes_Orders_OrderId", x => x.OrderId, "Orders", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_OrderNotes_OrderId", "OrderNotes", "OrderId");

        migrationBuilder.CreateTable(
            name: "OrderPayments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                ProviderCode = table.Column<string>(maxLength: 64, nullable: false),
                ProviderReference = table.Column<string>(maxLength: 200, nullable: false),
                IdempotencyKey = table.Column<string>(maxLength: 200, nullable: false),
                Status = table.Column<string>(maxLength: 24, nullable: false),
                Amount = table.Column<decimal>(precision: 18, scale: 4, nullable: false),
                NextActionJson = table.Column<string>(nullable: false),
                Error = table.Column<string>(nullable: true),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OrderPayments", x => x.Id);
                table.ForeignKey("FK_OrderPayments_Orders_OrderId", x => x.OrderId, "Orders", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_OrderPayments_OrderId", "OrderPayments", "OrderId");
        migrationBuilder.CreateIndex("IX_OrderPayments_ProviderReference", "OrderPayments", "ProviderReference");
        migrationBuilder.CreateIndex("IX_OrderPayments_IdempotencyKey", "OrderPayments", "IdempotencyKey", unique: true);

        migrationBuilder.CreateTable(
            name: "OrderRefunds",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                Amount = table.Column<decimal>(precision: 18, scale: 4, nullable: false),
                Reason = table.Column<string>(maxLength: 500, nullable: false),
                Status = table.Column<string>(maxLength: 24, nullable: false),
                ProviderReference = table.Column<string>(maxLength: 200, nullable: false),
                By = table.Column<string>(maxLength: 256, nullable: false),
                Error = table.Column<string>(nullable: true),
                AtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OrderRefunds", x => x.Id);
                table.ForeignKey("FK_OrderRefunds_Orders_OrderId", x => x.OrderId, "Orders", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_OrderRefunds_OrderId", "OrderRefunds", "OrderId");

        migrationBuilder.CreateTable(
            name: "ProcessedPaymentEvents",
            columns: table => new
            {
                EventId = table.Column<string>(maxLength: 200, nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                ProcessedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProcessedPaymentEvents", x => x.EventId);
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "ProcessedPaymentEvents", "OrderRefunds", "OrderPayments", "OrderNotes", "OrderTransitions", "OrderLines", "Orders" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
