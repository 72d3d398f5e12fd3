using Microsoft.Extensions.DependencyInjection;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Orders.Mail;

namespace Multistore.Integration.Tests.Shop;

[Collection(CommerceStore.Collection)]
public sealed class BankTransferConfirmationTests
{
    private const string BankTransfer = """
        { "name": "features", "enable": [ "Multistore.Payments.BankTransfer" ] },
        { "name": "payments", "bankTransfer": { "accountHolder": "Testladen GmbH", "bankName": "Commerzbank", "iban": "DE89 3704 0044 0532 0130 00", "bic": "COBADEFFXXX", "instructions": "Zahlbar innerhalb von 10 Tagen." } }
        """;

    [Fact]
    public async Task ShowsAndEmailsTheTransferInstructionsInTheShoppersLanguage()
    {
        var store = await CommerceStore.CreateAsync(BankTransfer);
        var cart = await store.CartWithAsync(("LAMP", 1));

        var placed = await store.PlaceAsync(CommerceStore.Checkout(cart.Id, "transfer-" + Guid.NewGuid(), payment: "bank-transfer"));
        var page = await store.Tenant.CreateClient().GetStringAsync($"orders/{placed.Number}?token={placed.OrderToken}");
        var folder = await store.WithAsync(s => Task.FromResult(s.GetRequiredService<MailSender>().PickupFolder));
        var mail = MimeKit.MimeMessage.Load(Assert.Single(Directory.GetFiles(folder, "*.eml"))).HtmlBody;

        Assert.Equal("Pending", placed.Status);
        var transfer = HtmlPage.Parse(page).Text(".order .bank-transfer");
        foreach (var shown in new[] { transfer, mail })
        {
            Assert.Contains("Bitte überweisen Sie den Gesamtbetrag", shown);
            Assert.Contains("Kontoinhaber", shown);
            Assert.Contains("Testladen GmbH", shown);
            Assert.Contains("DE89370400440532013000", shown);
            Assert.Contains("Verwendungszweck", shown);
            Assert.Contains(placed.Number, shown);
            Assert.Contains("Zahlbar innerhalb von 10 Tagen.", shown);
        }
    }
}
