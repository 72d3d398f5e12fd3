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

        var all = await session.Client.GetStringAsync("admin/inventory");
        var low = await session.Client.GetStringAsync("admin/inventory?Low=true");

        Assert.True(HtmlPage.Parse(all).HasElementWithText("LAMP"), "Some element reads LAMP.");
        Assert.True(HtmlPage.Parse(all).HasElementWithText("CHAIR"), "Some element reads CHAIR.");
        Assert.True(HtmlPage.Parse(low).HasElementWithText("CHAIR"), "Some element reads CHAIR.");
        Assert.False(HtmlPage.Parse(low).HasElementWithText("LAMP"), "No element reads LAMP.");
    }

    [Fact]
    public async Task AdjustingStockRecordsWhoAndWhyInItsHistory()
    {
        var store = await CommerceStore.CreateAsync();
        var session = await OrderAdminSession.OrderManagerAsync(store);

        var received = await AdjustAsync(session, "CHAIR", new() { ["Location"] = "main", ["Change"] = "10", ["Reason"] = "Received", ["Note"] = "Delivery 4711" });
        var noNote = await AdjustAsync(session, "CHAIR", new() { ["Location"] = "main", ["Change"] = "-1", ["Reason"] = "Adjusted", ["Note"] = "" });
        var tooMany = await AdjustAsync(session, "CHAIR", new() { ["Location"] = "berlin", ["Change"] = "-5", ["Reason"] = "Adjusted", ["Note"] = "Count" });
        var page = WebUtility.HtmlDecode(await session.Client.GetStringAsync("admin/inventory/CHAIR"));

        Assert.Equal(HttpStatusCode.Redirect, received.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.Contains("Say what the correction is for", await noNote.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("Cannot take 5 of CHAIR from berlin", WebUtility.HtmlDecode(await tooMany.Content.ReadAsStringAsync()));
        Assert.Contains("13", HtmlPage.Parse(page).Texts("td"));
        Assert.Contains("+10", page);
        Assert.Contains("Received", page);
        Assert.Contains("ordermanager-", page);
        Assert.Contains("Delivery 4711", page);
    }
}
