using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Payments;

public sealed class PaymentSettingsGermanTests
{
    [Fact]
    public async Task PaymentSettingsPagesAreInGermanForAGermanAdmin()
    {
        var admin = await GermanAdminStore.SignInAsync();

        var bankTransfer = await HtmlPage.GetAsync(admin.Client, "admin/settings/payments/bank-transfer");
        var cashOnDelivery = await HtmlPage.GetAsync(admin.Client, "admin/settings/payments/cash-on-delivery");
        var stripe = await HtmlPage.GetAsync(admin.Client, "admin/settings/payments/stripe");

        Assert.StartsWith("Überweisung", bankTransfer.Heading());
        Assert.Contains("Kontoinhaber", bankTransfer.Text());
        Assert.Equal("Nachnahme", cashOnDelivery.Heading());
        Assert.Contains("Gebühr (EUR)", cashOnDelivery.Text());
        Assert.Contains("Geheimer Schlüssel", stripe.Text());
        Assert.Contains("nicht gesetzt", stripe.Text());
    }
}
