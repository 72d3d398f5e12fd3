using System.Net;
using Multistore.Admin.Permissions;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Shop;

[Collection(CommerceStore.Collection)]
public sealed class StockAdminTests
{
    private static Task<HttpResponseMessage> AdjustAsync(AdminSession session, string sku, Dictionary<string, string> fields) =>
        session.PostFormAsync($"admin/inventory/{sku}", $"admin/inventory/{sku}/adjust", fields);

    [Fact]
    public async Task LowStockListShowsOnlyWhatRunsLow()
    {
        var store = await CommerceStore.CreateAsync();
        var session = await OrderAdminSession.SignInAsync(store, RoleNames.Editor);

        var all = await HtmlPage.GetAsync(session.Client, "admin/inventory");
        var low = await HtmlPage.GetAsync(session.Client, "admin/inventory?Low=true");

        Assert.True(all.HasElementWithText("LAMP"), "The stock list names LAMP.");
        Assert.True(all.HasElementWithText("CHAIR"), "The stock list names CHAIR.");
        Assert.True(low.HasElementWithText("CHAIR"), "The low-stock list names CHAIR.");
        Assert.False(low.HasElementWithText("LAMP"), "The low-stock list leaves LAMP out.");
    }

    [Fact]
    public async Task AdjustingStockRecordsWhoAndWhyInItsHistory()
    {
        var store = await CommerceStore.CreateAsync();
        var session = await OrderAdminSession.OrderManagerAsync(store);

        var received = await AdjustAsync(session, "CHAIR", new() { ["Location"] = "main", ["Change"] = "10", ["Reason"] = "Received", ["Note"] = "Delivery 4711" });
        var noNote = await AdjustAsync(session, "CHAIR", new() { ["Location"] = "main", ["Change"] = "-1", ["Reason"] = "Adjusted", ["Note"] = "" });
        var tooMany = await AdjustAsync(session, "CHAIR", new() { ["Location"] = "berlin", ["Change"] = "-5", ["Reason"] = "Adjusted", ["Note"] = "Count" });
        var history = await HtmlPage.GetAsync(session.Client, "admin/inventory/CHAIR");
        var page = history.TablesText();

        Assert.Equal(HttpStatusCode.Redirect, received.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.Contains((await HtmlPage.ParseAsync(noNote)).Errors(), error => error.Contains("Say what the correction is for", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains((await HtmlPage.ParseAsync(tooMany)).Errors(), error => error.Contains("Cannot take 5 of CHAIR from berlin", StringComparison.Ordinal));
        Assert.Contains("13", history.Texts("td"));
        Assert.Contains("+10", page);
        Assert.Contains("Received", page);
        Assert.Contains("ordermanager-", page);
        Assert.Contains("Delivery 4711", page);
    }
}
