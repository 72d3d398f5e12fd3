using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Orders.Migrations;

/// <summary>
/// The hash of the checkout request that placed an order, so a reused idempotency key with other parameters is refused.
/// Orders placed before have none; their keys were not scoped to a cart, so no new checkout finds them.
/// </summary>
[DbContext(typeof(OrdersDbContext))]
[Migration("20261205130000_OrderRequestFingerprint")]
internal sealed class OrderRequestFingerprint : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "RequestFingerprint", table: "Orders", maxLength: 64, nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropColumn(name: "RequestFingerprint", table: "Orders");
}
