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
        var shown = await admin.Client.GetStringAsync(page);
        var menu = await admin.Client.GetStringAsync("admin");

        Assert.Equal(HttpStatusCode.BadRequest, badIban.StatusCode);
        var errors = await badIban.Content.ReadAsStringAsync();
        Assert.Contains("This is not a valid IBAN", errors);
        Assert.Contains("Enter the name the account is held in", errors);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("value=\"DE89370400440532013000\"", shown);
        Assert.Contains("value=\"COBADEFFXXX\"", shown);
        Assert.Contains("Payments: bank transfer", menu);
        Assert.Contains("Payments: cash on delivery", menu);
    }

    [Fact]
    public async Task CashOnDeliveryFeeAndInvoiceTermsAreValidated()
    {
        var admin = await SignInAsync("owner@example.com");
        const string cod = "admin/settings/payments/cash-on-delivery";
        const string invoice = "admin/settings/payments/invoice";

        var current = await admin.Client.GetStringAsync(cod);
        var negative = await admin.PostFormAsync(cod, cod, new() { ["Fee"] = "-1", ["MaxAmount"] = "" });
        var fee = await admin.PostFormAsync(cod, cod, new() { ["Fee"] = "5,50", ["MaxAmount"] = "300" });
        var terms = await admin.PostFormAsync(invoice, invoice, new() { ["DueDays"] = "0" });
        var goodTerms = await admin.PostFormAsync(invoice, invoice, new() { ["DueDays"] = "14", ["MaxAmount"] = "" });

        Assert.Contains("value=\"4.90\"", current);
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, fee.StatusCode);
        Assert.Contains("value=\"5.50\"", await admin.Client.GetStringAsync(cod));
        Assert.Contains("value=\"300.00\"", await admin.Client.GetStringAsync(cod));
        Assert.Equal(HttpStatusCode.BadRequest, terms.StatusCode);
        Assert.Contains("from 1 to 365", await terms.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, goodTerms.StatusCode);
        Assert.Contains("value=\"14\"", await admin.Client.GetStringAsync(invoice));
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
            Assert.Contains("<span class=\"field-error\" id=\"MaxAmount-error\">Enter the largest order total as an amount above 0, or leave it empty for no limit.</span>",
                await refused.Content.ReadAsStringAsync());
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
