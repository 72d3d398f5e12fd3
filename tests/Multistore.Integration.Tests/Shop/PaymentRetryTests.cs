using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Commerce;
using Multistore.Events;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Inventory.Services;
using Multistore.Orders.Mail;
using Multistore.Orders.Services;

namespace Multistore.Integration.Tests.Shop;

/// <summary>
/// A declined card is not a dead end: the shopper pays the same order another way while its items stay held, on the
/// order page and through the API; nobody else can change an order's payment, and a method that would change the
/// agreed total is not offered.
/// </summary>
[Collection(CommerceStore.Collection)]
public sealed class PaymentRetryTests
{
    private const string BankTransfer = """
        { "name": "features", "enable": [ "Multistore.Payments.BankTransfer", "Multistore.StorefrontApi" ] },
        { "name": "payments", "bankTransfer": { "accountHolder": "Testladen GmbH", "bankName": "Commerzbank", "iban": "DE89 3704 0044 0532 0130 00", "bic": "COBADEFFXXX" } }
        """;

    [Fact]
    public async Task ADeclinedCardOrderIsPaidByBankTransferOnTheSameOrderWithItsItemsStillHeld()
    {
        var store = await CommerceStore.CreateAsync(BankTransfer);
        var placed = await DeclinedAsync(store, 2);
        var order = (await OrderAsync(store, placed.Number))!;

        var offered = await store.WithAsync(s => s.GetRequiredService<IOrderPaymentChoice>().AlternativesAsync(order.Id, Guest, CancellationToken.None));
        var switched = await store.WithAsync(s => s.GetRequiredService<IOrderPaymentChoice>().SwitchAsync(order.Id, "bank-transfer", Guest, CancellationToken.None));
        var after = (await OrderAsync(store, placed.Number))!;
        var folder = await store.WithAsync(s => Task.FromResult(s.GetRequiredService<MailSender>().PickupFolder));

        Assert.Equal(["bank-transfer"], offered.Select(m => m.Code));
        Assert.Equal("Pending", switched.Status);
        Assert.Equal("bank-transfer", after.PaymentMethod);
        Assert.Equal("bank-transfer", after.Payment!.Provider);
        Assert.Equal(placed.Number, after.Payment.NextAction["reference"]);
        Assert.Equal(3, await AvailableChairsAsync(store));
        Assert.Contains(after.History, h => h.From == "PaymentFailed" && h.To == "Pending" && h.By == "shopper");
        Assert.DoesNotContain(after.History, h => h.From == h.To);
        // The declined card sent no "thank you"; the transfer, accepted now, sends it with the account to pay to.
        Assert.Contains("DE89370400440532013000", MimeKit.MimeMessage.Load(Assert.Single(Directory.GetFiles(folder, "*.eml"))).HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMethodThatWouldChangeTheTotalAnUnknownOneOrAPaidOrderIsRefused()
    {
        var store = await CommerceStore.CreateAsync(BankTransfer);
        var declined = (await OrderAsync(store, (await DeclinedAsync(store, 1)).Number))!;
        var cart = await store.CartWithAsync(("LAMP", 1));
        var paid = (await OrderAsync(store, (await store.PlaceAsync(CommerceStore.Checkout(cart.Id, "paid-" + Guid.NewGuid()))).Number))!;
        var choice = (Func<Guid, string, Task<OrderTransitionException>>)((id, method) =>
            Assert.ThrowsAsync<OrderTransitionException>(() => store.WithAsync(s => s.GetRequiredService<IOrderPaymentChoice>().SwitchAsync(id, method, Guest, CancellationToken.None))));

        var withFee = await choice(declined.Id, "test-transfer");
        var unknown = await choice(declined.Id, new string('x', 5000));
        var same = await choice(declined.Id, "test-card");
        var settled = await choice(paid.Id, "bank-transfer");
        var offeredForPaid = await store.WithAsync(s => s.GetRequiredService<IOrderPaymentChoice>().AlternativesAsync(paid.Id, Guest, CancellationToken.None));

        Assert.All([withFee, unknown, same], e => Assert.Equal("This payment method cannot be chosen for this order.", e.Message));
        Assert.Equal("The payment of this order can no longer be changed.", settled.Message);
        Assert.Empty(offeredForPaid);
        Assert.Equal("PaymentFailed", (await OrderAsync(store, declined.Number))!.Status);
        Assert.Equal("Paid", (await OrderAsync(store, paid.Number))!.Status);
    }

    [Fact]
    public async Task TheOrderPageOffersAnotherMethodToItsShopperAndNobodyElse()
    {
        var store = await CommerceStore.CreateAsync(BankTransfer);
        var placed = await DeclinedAsync(store, 1);
        var shopper = store.Tenant.CreateClient(followRedirects: false);
        var stranger = store.Tenant.CreateClient(followRedirects: false);

        var page = await HtmlPage.GetAsync(shopper, $"orders/{placed.Number}?token={placed.OrderToken}");
        var form = page.Form(".payment-choice form");
        var posted = await shopper.PostAsync($"orders/{placed.Number}/payment-method", new FormUrlEncodedContent(form));
        var strangerPage = await stranger.GetAsync($"orders/{placed.Number}");
        var strangerForm = new Dictionary<string, string>(form) { ["token"] = "forged-token" };
        var strangerPost = await stranger.PostAsync($"orders/{placed.Number}/payment-method", new FormUrlEncodedContent(strangerForm));
        var after = await HtmlPage.GetAsync(shopper, $"orders/{placed.Number}?token={placed.OrderToken}");

        Assert.Equal("Weitere Zahlungsarten", page.Text(".payment-choice h2"));
        Assert.Equal("bank-transfer", form["paymentMethod"]);
        Assert.Equal(placed.OrderToken, form["token"]);
        Assert.True(posted.StatusCode == HttpStatusCode.Redirect, $"{posted.StatusCode}: {await posted.Content.ReadAsStringAsync()}");
        Assert.Equal(HttpStatusCode.NotFound, strangerPage.StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, strangerPost.StatusCode);
        Assert.Contains("DE89370400440532013000", after.Text(".bank-transfer"));
        Assert.Empty(after.Document.QuerySelectorAll(".payment-choice"));
    }

    [Fact]
    public async Task AnAppChangesThePaymentThroughTheApiWithTheOrderToken()
    {
        var store = await CommerceStore.CreateAsync(BankTransfer);
        var placed = await DeclinedAsync(store, 1);
        var app = store.Tenant.CreateClient();
        app.DefaultRequestHeaders.Add("X-Order-Token", placed.OrderToken);
        var thief = store.Tenant.CreateClient();

        var methods = await app.GetFromJsonAsync<JsonElement>($"api/storefront/v1/orders/{placed.Number}/payment-methods");
        var stolen = await thief.PostAsJsonAsync($"api/storefront/v1/orders/{placed.Number}/payment", new { paymentMethod = "bank-transfer" });
        var refused = await app.PostAsJsonAsync($"api/storefront/v1/orders/{placed.Number}/payment", new { paymentMethod = "test-transfer" });
        var changed = await app.PostAsJsonAsync($"api/storefront/v1/orders/{placed.Number}/payment", new { paymentMethod = "bank-transfer" });
        var payment = await changed.Content.ReadFromJsonAsync<JsonElement>();
        var again = await app.PostAsJsonAsync($"api/storefront/v1/orders/{placed.Number}/payment", new { paymentMethod = "bank-transfer" });

        Assert.Equal(["bank-transfer"], methods.EnumerateArray().Select(m => m.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, stolen.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("paymentMethod", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("bank-transfer", payment.GetProperty("provider").GetString());
        Assert.Equal("Pending", payment.GetProperty("orderStatus").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
    }

    [Fact]
    public async Task ALateDeclineOfTheAbandonedCardDoesNotFailTheOrderPaidAnotherWay()
    {
        var store = await CommerceStore.CreateAsync(BankTransfer);
        var placed = await DeclinedAsync(store, 1);
        var order = (await OrderAsync(store, placed.Number))!;
        await store.WithAsync(s => s.GetRequiredService<IOrderPaymentChoice>().SwitchAsync(order.Id, "bank-transfer", Guest, CancellationToken.None));

        await store.WithAsync(async s =>
        {
            await s.GetRequiredService<IEventPublisher>().PublishAsync(new PaymentStatusChanged(order.Id, "test-card", $"pi_order-{order.Id:N}-payment",
                PaymentStatus.Failed, order.Totals.Grand, "evt_late_decline_" + Guid.NewGuid().ToString("N"), "Your card has expired."));
            return true;
        });
        var after = (await OrderAsync(store, placed.Number))!;

        Assert.Equal("Pending", after.Status);
        Assert.Equal("bank-transfer", after.Payment!.Provider);
    }

    [Fact]
    public async Task AnUnconfirmedCardOrderIsCancelledAfterTheHoldButAnOfflineOneWaitsForStaff()
    {
        var store = await CommerceStore.CreateAsync(BankTransfer);
        var cart = await store.CartWithAsync(("CHAIR", 1));
        var unconfirmed = await store.PlaceAsync(CommerceStore.Checkout(cart.Id, "3ds-" + Guid.NewGuid(), "3ds@example.com"));
        var other = await store.CartWithAsync(("CHAIR", 1));
        var transfer = await store.PlaceAsync(CommerceStore.Checkout(other.Id, "bt-" + Guid.NewGuid(), payment: "bank-transfer"));

        var cancelled = await store.WithAsync(s => s.GetRequiredService<Checkout.Services.UnpaidOrderSweeper>().SweepAsync(DateTime.UtcNow.AddHours(1), CancellationToken.None));

        Assert.Equal("Pending", unconfirmed.Status);
        Assert.Contains(unconfirmed.Number, cancelled);
        Assert.DoesNotContain(transfer.Number, cancelled);
        Assert.Equal("Cancelled", (await OrderAsync(store, unconfirmed.Number))!.Status);
        Assert.Equal("Pending", (await OrderAsync(store, transfer.Number))!.Status);
        Assert.Equal(4, await AvailableChairsAsync(store));
    }

    private static readonly PaymentCustomer Guest = new(false, false);

    private static async Task<Checkout.Services.PlaceOrderResult> DeclinedAsync(CommerceStore store, int chairs)
    {
        var cart = await store.CartWithAsync(("CHAIR", chairs));
        var placed = await store.PlaceAsync(CommerceStore.Checkout(cart.Id, "declined-" + Guid.NewGuid(), "decline@example.com"));
        Assert.Equal("PaymentFailed", placed.Status);
        return placed;
    }

    private static Task<OrderView?> OrderAsync(CommerceStore store, string number) =>
        store.WithAsync(s => s.GetRequiredService<IOrderQueries>().GetAsync(number, CancellationToken.None));

    private static Task<int> AvailableChairsAsync(CommerceStore store) =>
        store.WithAsync(async s => (await s.GetRequiredService<IStockService>().GetAvailableAsync(["CHAIR"], CancellationToken.None))["CHAIR"]);
}
