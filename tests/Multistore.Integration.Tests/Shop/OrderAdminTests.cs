using System.Net;
using Multistore.Admin.Permissions;
using Multistore.Commerce.Testing;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Shop;

[Collection(CommerceStore.Collection)]
public sealed class OrderAdminTests
{
    private static async Task<string> PlaceAsync(CommerceStore store, string email, params (string Sku, int Quantity)[] lines)
    {
        var cart = await store.CartWithAsync(lines.Length == 0 ? [("CHAIR", 1)] : lines);
        return (await store.PlaceAsync(CommerceStore.Checkout(cart.Id, "admin-" + Guid.NewGuid(), email))).Number;
    }

    private static Task<HttpResponseMessage> PostAsync(AdminSession session, string number, string action, Dictionary<string, string> fields) =>
        session.PostFormAsync($"admin/orders/{number}", $"admin/orders/{number}/{action}", fields);

    [Fact]
    public async Task OrderManagerFindsOrdersByEmailAndStatusAndSeesTheWholeOrder()
    {
        var store = await CommerceStore.CreateAsync();
        var paid = await PlaceAsync(store, "Ida.Berg@example.com", ("CHAIR", 1), ("LAMP", 2));
        var declined = await PlaceAsync(store, "decline@example.com");
        var session = await OrderAdminSession.OrderManagerAsync(store);

        var byEmail = await HtmlPage.GetAsync(session.Client, "admin/orders?Q=ida.berg");
        var byNumber = await HtmlPage.GetAsync(session.Client, $"admin/orders?Q={declined[^4..].ToLowerInvariant()}");
        var failed = await HtmlPage.GetAsync(session.Client, "admin/orders?Status=PaymentFailed");
        var detail = (await HtmlPage.GetAsync(session.Client, $"admin/orders/{paid}")).Text("main");

        Assert.Contains(paid, byEmail.TablesText(), StringComparison.Ordinal);
        Assert.DoesNotContain(declined, byEmail.Text(), StringComparison.Ordinal);
        Assert.Contains(declined, byNumber.TablesText(), StringComparison.Ordinal);
        Assert.Contains(declined, failed.TablesText(), StringComparison.Ordinal);
        Assert.DoesNotContain(paid, failed.Text(), StringComparison.Ordinal);
        Assert.Contains("Stuhl", detail);
        Assert.Contains("Lampe", detail);
        Assert.Contains("Unter den Linden 1", detail);
        Assert.Contains("pi_order-", detail);
        Assert.Contains("payment:test-card", detail);
        Assert.Contains("219,80", detail);
    }

    [Fact]
    public async Task OrderManagerRefundsPartThenTheRestThroughTheProvider()
    {
        var store = await CommerceStore.CreateAsync();
        var number = await PlaceAsync(store, "refund@example.com");
        var session = await OrderAdminSession.OrderManagerAsync(store);

        var noReason = await PostAsync(session, number, "refunds", new() { ["Amount"] = "20,50", ["Reason"] = "" });
        var partial = await PostAsync(session, number, "refunds", new() { ["Amount"] = "20,50", ["Reason"] = "Scratched leg" });
        var tooMuch = await PostAsync(session, number, "refunds", new() { ["Amount"] = "5000", ["Reason"] = "All" });
        var afterPartial = await HtmlPage.GetAsync(session.Client, $"admin/orders/{number}");
        var rest = await PostAsync(session, number, "refunds", new() { ["Amount"] = "", ["Reason"] = "Returned" });
        var afterFull = await HtmlPage.GetAsync(session.Client, $"admin/orders/{number}");

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains((await HtmlPage.ParseAsync(noReason)).Errors(), error => error.Contains("Say why the money goes back", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, partial.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.Contains((await HtmlPage.ParseAsync(tooMuch)).Errors(), error => error.Contains("at most", StringComparison.Ordinal));
        Assert.Equal("Partially refunded", afterPartial.Text("dl dd .tag"));
        Assert.Contains("Scratched leg", afterPartial.Texts("td .muted"));
        Assert.Equal(HttpStatusCode.Redirect, rest.StatusCode);
        Assert.Contains("Refunded", afterFull.Texts("span.tag"));
        Assert.Contains(20.50m, ChargeLedger.Refunded.Values);
        Assert.Contains(99.50m, ChargeLedger.Refunded.Values);
    }

    [Fact]
    public async Task StatusChangesFollowTheLifecycleAndNamesWhoMadeThem()
    {
        var store = await CommerceStore.CreateAsync();
        var number = await PlaceAsync(store, "status@example.com");
        var session = await OrderAdminSession.OrderManagerAsync(store);

        var processing = await PostAsync(session, number, "status", new() { ["Status"] = "Processing", ["Note"] = "Packing today" });
        var backwards = await PostAsync(session, number, "status", new() { ["Status"] = "Pending" });
        var note = await PostAsync(session, number, "notes", new() { ["Text"] = "Customer called about delivery." });
        var page = await HtmlPage.GetAsync(session.Client, $"admin/orders/{number}");
        var detail = page.Text("main");

        Assert.Equal(HttpStatusCode.Redirect, processing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains((await HtmlPage.ParseAsync(backwards)).Errors(), error => error.Contains("is Processing and cannot become Pending", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, note.StatusCode);
        Assert.Contains("Paid → Processing", detail);
        Assert.Contains("Packing today", detail);
        Assert.Contains("Customer called about delivery.", detail);
        Assert.Contains("ordermanager-", detail);
        var statuses = page.All("option").Select(o => (o.GetAttribute("value"), o.TextContent)).ToList();
        Assert.Contains(("Shipped", "Shipped"), statuses);
        Assert.DoesNotContain(statuses, s => s.Item1 == "Pending");
    }

    [Fact]
    public async Task EditorCannotSeeOrRefundOrders()
    {
        var store = await CommerceStore.CreateAsync();
        var number = await PlaceAsync(store, "private@example.com");
        var editor = await OrderAdminSession.SignInAsync(store, RoleNames.Editor);

        var list = await editor.Client.GetAsync("admin/orders");
        var detail = await editor.Client.GetAsync($"admin/orders/{number}");
        var refund = await editor.Client.PostAsync($"admin/orders/{number}/refunds", new FormUrlEncodedContent(new Dictionary<string, string> { ["Reason"] = "x" }));
        var dashboard = await HtmlPage.GetAsync(editor.Client, "admin");

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, detail.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refund.StatusCode);
        Assert.DoesNotContain("private@example.com", await detail.Content.ReadAsStringAsync());
        Assert.DoesNotContain(dashboard.All("[href], [action]"), e => (e.GetAttribute("href") ?? e.GetAttribute("action"))!.Contains("admin/orders", StringComparison.Ordinal));
    }
}
