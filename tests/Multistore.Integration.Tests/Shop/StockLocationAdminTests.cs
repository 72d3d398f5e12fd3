using System.Net;
using Multistore.Admin.Permissions;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Shop;

/// <summary>The stock locations page: list, add and edit, validation that names the field, and what a forged post gets.</summary>
[Collection(CommerceStore.Collection)]
public sealed class StockLocationAdminTests
{
    private const string Path = "admin/stock-locations";

    private static Task<HttpResponseMessage> CreateAsync(AdminSession session, Dictionary<string, string> fields) =>
        session.PostFormAsync($"{Path}/new", $"{Path}/new", fields);

    [Fact]
    public async Task ListsAddsAndEditsThisStoresLocations()
    {
        var store = await CommerceStore.CreateAsync();
        var session = await OrderAdminSession.SignInAsync(store, RoleNames.Editor);

        var stock = await HtmlPage.GetAsync(session.Client, "admin/inventory");
        var added = await CreateAsync(session, new() { ["Code"] = "hamburg", ["Name"] = "Hamburg Hafen", ["Kind"] = "Warehouse", ["Priority"] = "5" });
        var listed = await HtmlPage.GetAsync(session.Client, Path);
        var saved = await session.PostFormAsync($"{Path}/hamburg", $"{Path}/hamburg", new() { ["Name"] = "Hamburg Laden", ["Kind"] = "Store", ["Priority"] = "1" });
        var edited = await HtmlPage.GetAsync(session.Client, $"{Path}/hamburg");
        var relisted = await HtmlPage.GetAsync(session.Client, Path);

        Assert.Equal($"/{Path}", stock.Attribute("#stock-locations-link", "href"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(["main", "berlin", "hamburg"], listed.Texts("#stock-locations tbody td:first-child"));
        Assert.Contains("Stock location Hamburg Hafen added.", listed.Notices());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Hamburg Laden", edited.Field("Name"));
        Assert.Equal("Store", edited.Attribute("#Kind option[selected]", "value"));
        Assert.Equal("hamburg", edited.Attribute("#Code", "value"));
        Assert.Contains("Retail store", relisted.Texts("#stock-locations td"));
        Assert.Equal("1", relisted.Texts("#stock-locations tbody tr").Single(r => r.Contains("hamburg", StringComparison.Ordinal)).Split(' ')[^2]);
    }

    [Fact]
    public async Task RefusesADuplicateCodeAForgedKindAndABadCodeNamingTheField()
    {
        var store = await CommerceStore.CreateAsync();
        var session = await OrderAdminSession.SignInAsync(store, RoleNames.Editor);

        var duplicate = await CreateAsync(session, new() { ["Code"] = "MAIN", ["Name"] = "Again", ["Kind"] = "Warehouse" });
        var forgedKind = await CreateAsync(session, new() { ["Code"] = "oslo", ["Name"] = "Oslo", ["Kind"] = "1" });
        var unknownKind = await CreateAsync(session, new() { ["Code"] = "oslo", ["Name"] = "Oslo", ["Kind"] = "Spaceport" });
        var badCode = await CreateAsync(session, new() { ["Code"] = "Main Street", ["Name"] = "", ["Kind"] = "Store", ["Priority"] = "-3" });
        var editForgedKind = await session.PostFormAsync($"{Path}/main", $"{Path}/main", new() { ["Name"] = "Lager", ["Kind"] = "Depot" });
        var listed = await HtmlPage.GetAsync(session.Client, Path);

        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal("This store already has a location with this code.", (await HtmlPage.ParseAsync(duplicate)).FieldError("Code"));
        Assert.Equal(HttpStatusCode.BadRequest, forgedKind.StatusCode);
        Assert.Equal("Choose the kind of location: warehouse or retail store.", (await HtmlPage.ParseAsync(forgedKind)).FieldError("Kind"));
        Assert.Equal(HttpStatusCode.BadRequest, unknownKind.StatusCode);
        var bad = await HtmlPage.ParseAsync(badCode);
        Assert.Equal(HttpStatusCode.BadRequest, badCode.StatusCode);
        Assert.StartsWith("The code can have lower-case letters", bad.FieldError("Code"), StringComparison.Ordinal);
        Assert.Equal("Enter the location's name.", bad.FieldError("Name"));
        Assert.StartsWith("Enter the priority as a whole number", bad.FieldError("Priority"), StringComparison.Ordinal);
        Assert.Equal("Main Street", bad.Field("Code"));
        Assert.Equal(HttpStatusCode.BadRequest, editForgedKind.StatusCode);
        Assert.Equal(["main", "berlin"], listed.Texts("#stock-locations tbody td:first-child"));
    }

    [Fact]
    public async Task AnotherStoresLocationIsNotFoundHere()
    {
        var store = await CommerceStore.CreateAsync();
        var other = await CommerceStore.CreateAsync();
        var session = await OrderAdminSession.SignInAsync(store, RoleNames.Editor);
        var otherSession = await OrderAdminSession.SignInAsync(other, RoleNames.Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await CreateAsync(otherSession, new() { ["Code"] = "oslo", ["Name"] = "Oslo Fjord", ["Kind"] = "Warehouse" })).StatusCode);

        var page = await HtmlPage.GetAsync(session.Client, $"{Path}/oslo");
        var post = await session.PostFormAsync(Path, $"{Path}/oslo", new() { ["Name"] = "Taken over", ["Kind"] = "Store" });
        var otherList = await HtmlPage.GetAsync(otherSession.Client, Path);

        Assert.Equal("Stock location not found", page.Heading());
        Assert.DoesNotContain("Oslo Fjord", page.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Contains("Oslo Fjord", otherList.Texts("#stock-locations td"));
    }

    [Fact]
    public async Task StaffWithoutTheStockPermissionAreRefused()
    {
        var store = await CommerceStore.CreateAsync("""
            { "name": "users", "roles": [ { "name": "Clerk", "permissions": [ "AccessAdmin" ] } ],
              "users": [ { "email": "clerk@example.com", "password": "Test!Pass2026", "roles": [ "Clerk" ] } ] }
            """);
        var session = new AdminSession(store.Tenant);
        await session.SignInAsync("clerk@example.com");
        var token = AdminSession.TokenOf(await session.Client.GetStringAsync("admin"));

        var page = await session.Client.GetAsync(Path);
        var post = await session.Client.PostAsync($"{Path}/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = "sneaky", ["Name"] = "Sneaky", ["Kind"] = "Warehouse", ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task ThePageSpeaksGerman()
    {
        var store = await CommerceStore.CreateAsync();
        var session = await OrderAdminSession.SignInAsync(store, RoleNames.Editor);
        session.Client.DefaultRequestHeaders.AcceptLanguage.Clear();
        session.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE");

        var list = await HtmlPage.GetAsync(session.Client, Path);
        var invalid = await CreateAsync(session, new() { ["Code"] = "", ["Name"] = "X", ["Kind"] = "Warehouse" });

        Assert.Equal("Lagerorte", list.Heading());
        Assert.Contains("Ladengeschäft", list.Texts("#stock-locations td"));
        Assert.Equal(["Code", "Name", "Art", "Priorität", "Artikel"], list.Texts("#stock-locations th"));
        Assert.Equal("Geben Sie einen Code für den Lagerort ein, z. B. main oder berlin.", (await HtmlPage.ParseAsync(invalid)).FieldError("Code"));
    }
}
