using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Promotions.Migrations;

[DbContext(typeof(PromotionsDbContext))]
[Migration("20261129000400_PromotionsInitial")]
internal sealed class PromotionsInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Coupons",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 64, nullable: false),
                Kind = table.Column<string>(maxLength: 16, nullable: false),
                Value = table.Column<decimal>(precision: 18, scale: 4, nullable: false),
                StartsUtc = table.Column<DateTime>(nullable: true),
                EndsUtc = table.Column<DateTime>(nullable: true),
                MinimumOrder = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
                UsageLimit = table.Column<int>(nullable: true),
                PerCustomerLimit = table.Column<int>(nullable: true),
                TimesUsed = table.Column<int>(nullable: false),
                IsActive = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Coupons", c => c.Code));

        migrationBuilder.CreateTable(
            name: "CouponRedemptions",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 64, nullable: false),
                OrderReference = table.Column<string>(maxLength: 200, nullable: false),
                CustomerKey = table.Column<string>(maxLength: 256, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CouponRedemptions", r => new { r.Code, r.OrderReference }));

        migrationBuilder.CreateTable(
            name: "CouponCustomerUsages",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 64, nullable: false),
                CustomerKey = table.Column<string>(maxLength: 256, nullable: false),
                TimesUsed = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CouponCustomerUsages", u => new { u.Code, u.CustomerKey }));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("CouponCustomerUsages");
        migrationBuilder.DropTable("CouponRedemptions");
        migrationBuilder.DropTable("Coupons");
    }
}
