using Multistore.Feeds.Writers;

namespace Multistore.Modules.Tests.Feeds.Writers;

public sealed class ProductCsvWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("Parka, warm", "\"Parka, warm\"")]
    [InlineData("12\" screen", "\"12\"\" screen\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=SUM(A1)", "=SUM(A1)")]
    public void QuotesOnlyWhatRfc4180Needs(string field, string written) => Assert.Equal(written, ProductCsvWriter.Quoted(field));
}
