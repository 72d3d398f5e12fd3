using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Cart.Migrations;

[DbContext(typeof(CartDbContext))]
[Migration("20261129000500_CartInitial")]
internal sealed class CartInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Carts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CustomerId = table.Column<string>(maxLength: 128, nullable: true),
                Currency = table.Column<string>(maxLength: 3, nullable: false),
                Culture = table.Column<string>(maxLength: 16, nullable: false),
                Touchpoint = table.Column<string>(maxLength: 16, nullable: false),
                CouponCode = table.Column<string>(maxLength: 64, nullable: true),
                IsCheckedOut = table.Column<bool>(nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Carts", c => c.Id));
        migrationBuilder.CreateIndex("IX_Carts_CustomerId", "Carts", "CustomerId");

        migrationBuilder.CreateTable(
            name: "CartLines",
            columns: table => new
            {
                CartId = table.Column<Guid>(nullable: false),
                Sku = table.Column<string>(maxLength: 64, nullable: false),
                Quantity = table.Column<int>(nullable: false),
                UnitPrice = table.Column<decimal>(precision: 18, scale: 4, nullable: false),
                AddedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CartLines", l => new { l.CartId, l.Sku });
                table.ForeignKey("FK_CartLines_Carts_CartId", l => l.CartId, "Carts", "Id", onDelete: ReferentialAction.Cascade);
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("CartLines");
        migrationBuilder.DropTable("Carts");
    }
}
