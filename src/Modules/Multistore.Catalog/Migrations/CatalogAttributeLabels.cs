using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Multistore.Catalog.Migrations;

[DbContext(typeof(CatalogDbContext))]
[Migration("20261129140000_CatalogAttributeLabels")]
internal sealed class CatalogAttributeLabels : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "AttributeLabels",
            columns: table => new
            {
                Name = table.Column<string>(maxLength: 64, nullable: false),
                Value = table.Column<string>(maxLength: 200, nullable: false),
                Culture = table.Column<string>(maxLength: 16, nullable: false),
                Text = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AttributeLabels", t => new { t.Name, t.Value, t.Culture }));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("AttributeLabels");
}
