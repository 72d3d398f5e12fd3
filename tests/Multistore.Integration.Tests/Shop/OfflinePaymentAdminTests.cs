using System.Net;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Shop;

/// <summary>Staff mark an offline payment received on the order page; the order is then paid and can be refunded by hand.</summary>
[Collection(CommerceStore.Collection)]
public sealed class OfflinePaymentAdminTests
{
    private const string BankTransfer = """
        { "name": "features", "enable": [ "Multistore.Payments.BankTransfer" ] },
        { "name": "payments", "bankTransfer": { "accountHolder": "Testladen GmbH", "iban": "DE89 3704 0044 0532 0130 00" } }
        """;

    /// <summary>The order's status as the order page shows it: the tag in the summary's first entry.</summary>
    private const string OrderStatus = "dl dd .tag";

    private static Task<HttpResponseMessage> PostAsync(AdminSession session, string number, string action, Dictionary<string, string> fields) =>
        session.PostFormAsync($"admin/orders/{number}", $"admin/orders/{number}/{action}", fields);

    [Fact]
    public async Task OrderManagerMarksATransferReceivedOnceThenRefundsItManually()
    {
        var store = await CommerceStore.CreateAsync(BankTransfer);
        var cart = await store.CartWithAsync(("CHAIR", 1));
        var placed = await store.PlaceAsync(CommerceStore.Checkout(cart.Id, "offline-" + Guid.NewGuid(), payment: "bank-transfer"));
        var session = await OrderAdminSession.OrderManagerAsync(store);

        var before = await session.Client.GetStringAsync($"admin/orders/{placed.Number}");
        var received = await PostAsync(session, placed.Number, "payment-received", []);
        var again = await session.Client.PostAsync($"admin/orders/{placed.Number}/payment-received", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AdminSession.TokenOf(before),
        }));
        var paid = await HtmlPage.GetAsync(session.Client, $"admin/orders/{placed.Number}");
        var refund = await PostAsync(session, placed.Number, "refunds", new() { ["Amount"] = "", ["Reason"] = "Returned, paid back by transfer" });
        var refunded = await HtmlPage.GetAsync(session.Client, $"admin/orders/{placed.Number}");

        Assert.Equal("Pending", placed.Status);
        Assert.Contains("Mark payment received", HtmlPage.Parse(before).Texts("form button"));
        Assert.Equal(HttpStatusCode.Redirect, received.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.DoesNotContain("Mark payment received", paid.Text(), StringComparison.Ordinal);
        Assert.Equal("Paid", paid.Text(OrderStatus));
        Assert.Equal(HttpStatusCode.Redirect, refund.StatusCode);
        Assert.Contains("Returned, paid back by transfer", refunded.Texts("td .muted"));
        Assert.Equal("Refunded", refunded.Text(OrderStatus));
    }

    [Fact]
    public async Task ACardPaymentIsNeverMarkedReceivedByHand()
    {
        var store = await CommerceStore.CreateAsync(BankTransfer);
        var cart = await store.CartWithAsync(("CHAIR", 1));
        var placed = await store.PlaceAsync(CommerceStore.Checkout(cart.Id, "card-" + Guid.NewGuid(), email: "decline@example.com"));
        var session = await OrderAdminSession.OrderManagerAsync(store);

        var refused = await PostAsync(session, placed.Number, "payment-received", []);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("PaymentFailed", placed.Status);
    }
}
