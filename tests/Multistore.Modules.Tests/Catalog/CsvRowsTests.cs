using Multistore.Catalog.Import;

namespace Multistore.Modules.Tests.Catalog;

public sealed class CsvRowsTests
{
    [Fact]
    public void ReadsQuotedFieldsWithCommasQuotesAndLineBreaks()
    {
        const string csv = "sku,description\r\nA,\"One, \"\"two\"\"\nthree\"\nB,plain\n";

        var rows = CsvRows.Read(new StringReader(csv)).ToList();

        Assert.Equal(3, rows.Count);
        Assert.Equal(["A", "One, \"two\"\nthree"], rows[1]);
        Assert.Equal(["B", "plain"], rows[2]);
    }

    [Fact]
    public void EscapeRoundTripsThroughRead()
    {
        var value = "a \"quoted\", value\nwith a line";

        var row = CsvRows.Read(new StringReader(CsvRows.Escape(value) + ",x")).Single();

        Assert.Equal([value, "x"], row);
    }
}
