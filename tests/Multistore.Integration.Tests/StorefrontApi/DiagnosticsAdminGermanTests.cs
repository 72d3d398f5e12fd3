using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.StorefrontApi;

public sealed class DiagnosticsAdminGermanTests
{
    [Fact]
    public async Task RecentErrorsAndTouchpointReportAreInGermanForAGermanAdmin()
    {
        var admin = await GermanAdminStore.SignInAsync();

        var errors = await HtmlPage.GetAsync(admin.Client, "admin/diagnostics/errors");
        var report = await HtmlPage.GetAsync(admin.Client, "admin/reports/touchpoints");

        Assert.Equal("Letzte Fehler", errors.Heading());
        Assert.Contains("Seit dem Start dieses Knotens wurden keine Fehler erfasst.", errors.Text());
        Assert.Equal("Verkäufe nach Kanal", report.Heading());
        Assert.Contains("Begonnene Warenkörbe", report.TablesText());
    }
}
