using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Multistore.StorefrontApi.Customers.Addresses;

namespace Multistore.StorefrontApi.Migrations;

[DbContext(typeof(CustomerAddressDbContext))]
[Migration("20261129080000_CustomerAddressesInitial")]
internal sealed class CustomerAddressesInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "CustomerAddresses",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CustomerId = table.Column<string>(maxLength: 128, nullable: false),
                IsDefault = table.Column<bool>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Company = table.Column<string>(maxLength: 200, nullable: true),
                Line1 = table.Column<string>(maxLength: 200, nullable: false),
                Line2 = table.Column<string>(maxLength: 200, nullable: true),
                City = table.Column<string>(maxLength: 100, nullable: false),
                PostalCode = table.Column<string>(maxLength: 20, nullable: false),
                Region = table.Column<string>(maxLength: 50, nullable: true),
                Country = table.Column<string>(maxLength: 2, nullable: false),
                Phone = table.Column<string>(maxLength: 40, nullable: true),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CustomerAddresses", a => a.Id));
        migrationBuilder.CreateIndex("IX_CustomerAddresses_CustomerId", "CustomerAddresses", "CustomerId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("CustomerAddresses");
}
