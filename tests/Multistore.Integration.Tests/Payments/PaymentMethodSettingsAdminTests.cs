using System.Net;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Payments;

public sealed class PaymentMethodSettingsAdminTests
{
    private const string Recipe = """
        {
          "name": "payment-settings-admin",
          "parameters": [ { "name": "AdminEmail" }, { "name": "AdminPassword" }, { "name": "SiteName" } ],
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "settings", "Site": { "Currency": "EUR", "DefaultCulture": "de-DE" } },
            { "name": "features", "enable": [ "Multistore.Payments.BankTransfer", "Multistore.Payments.CashOnDelivery", "Multistore.Payments.Invoice" ] },
            { "name": "payments", "cashOnDelivery": { "fee": 4.90 } },
            { "name": "users", "users": [ { "email": "editor@example.com", "password": "${AdminPassword}", "roles": [ "Editor" ] } ] }
          ]
        }
        """;

    private static async Task<AdminSession> SignInAsync(string email)
    {
        var tenant = await MultistoreFactory.Shared.CreateTenantFromJsonAsync(Recipe, AdminSession.Parameters("owner@example.com"));
        var session = new AdminSession(tenant);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(email)).StatusCode);
        return session;
    }

    [Fact]
    public async Task BankTransferAccountIsCheckedAndSavedForShoppers()
    {
        var admin = await SignInAsync("owner@example.com");
        const string page = "admin/settings/payments/bank-transfer";

        var badIban = await admin.PostFormAsync(page, page, new() { ["AccountHolder"] = "", ["Iban"] = "DE00 1234" });
        var saved = await admin.PostFormAsync(page, page, new() { ["AccountHolder"] = "Nordic GmbH", ["Iban"] = "de89 3704 0044 0532 0130 00", ["Bic"] = "cobadeffxxx", ["Instructions"] = "Bitte innerhalb von 10 Tagen." });
        var shown = await HtmlPage.GetAsync(admin.Client, page);
        var menu = (await HtmlPage.GetAsync(admin.Client, "admin")).Text();

        Assert.Equal(HttpStatusCode.BadRequest, badIban.StatusCode);
        var errors = (await HtmlPage.ParseAsync(badIban)).Text();
        Assert.Contains("This is not a valid IBAN", errors);
        Assert.Contains("Enter the name the account is held in", errors);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("DE89370400440532013000", shown.Field("Iban"));
        Assert.Equal("COBADEFFXXX", shown.Field("Bic"));
        Assert.Contains("Payments: bank transfer", menu);
        Assert.Contains("Payments: cash on delivery", menu);
    }

    [Fact]
    public async Task CashOnDeliveryFeeAndInvoiceTermsAreValidated()
    {
        var admin = await SignInAsync("owner@example.com");
        const string cod = "admin/settings/payments/cash-on-delivery";
        const string invoice = "admin/settings/payments/invoice";

        var current = await HtmlPage.GetAsync(admin.Client, cod);
        var negative = await admin.PostFormAsync(cod, cod, new() { ["Fee"] = "-1", ["MaxAmount"] = "" });
        var fee = await admin.PostFormAsync(cod, cod, new() { ["Fee"] = "5,50", ["MaxAmount"] = "300" });
        var terms = await admin.PostFormAsync(invoice, invoice, new() { ["DueDays"] = "0" });
        var goodTerms = await admin.PostFormAsync(invoice, invoice, new() { ["DueDays"] = "14", ["MaxAmount"] = "" });

        Assert.Equal("4.90", current.Field("Fee"));
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, fee.StatusCode);
        var changed = await HtmlPage.GetAsync(admin.Client, cod);
        Assert.Equal("5.50", changed.Field("Fee"));
        Assert.Equal("300.00", changed.Field("MaxAmount"));
        Assert.Equal(HttpStatusCode.BadRequest, terms.StatusCode);
        Assert.Contains("from 1 to 365", (await HtmlPage.ParseAsync(terms)).Text());
        Assert.Equal(HttpStatusCode.Redirect, goodTerms.StatusCode);
        Assert.Equal("14", (await HtmlPage.GetAsync(admin.Client, invoice)).Field("DueDays"));
    }

    [Fact]
    public async Task BothOfflineMethodsRefuseAZeroLargestOrderTotalOnThatField()
    {
        var admin = await SignInAsync("owner@example.com");
        const string cod = "admin/settings/payments/cash-on-delivery";
        const string invoice = "admin/settings/payments/invoice";

        var codZero = await admin.PostFormAsync(cod, cod, new() { ["Fee"] = "4.90", ["MaxAmount"] = "0" });
        var invoiceWord = await admin.PostFormAsync(invoice, invoice, new() { ["DueDays"] = "30", ["MaxAmount"] = "lots" });

        foreach (var refused in new[] { codZero, invoiceWord })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("Enter the largest order total as an amount above 0, or leave it empty for no limit.",
                (await HtmlPage.ParseAsync(refused)).Text("span.field-error#MaxAmount-error"));
        }
    }

    [Fact]
    public async Task AnEditorCannotChangeWhereMoneyGoes()
    {
        var editor = await SignInAsync("editor@example.com");

        var page = await editor.Client.GetAsync("admin/settings/payments/bank-transfer");
        var post = await editor.Client.PostAsync("admin/settings/payments/bank-transfer", new FormUrlEncodedContent(new Dictionary<string, string> { ["AccountHolder"] = "Thief", ["Iban"] = "GB82WEST12345698765432" }));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }
}
