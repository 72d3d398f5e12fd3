using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.Storefront;
using Multistore.Integration.Tests.StorefrontApi;

namespace Multistore.Integration.Tests.Users;

/// <summary>
/// Staff and shoppers share a store's accounts, but staff do not sign in at the shopper's doors: even the right password
/// gets the answer a wrong one gets, and no number of attempts there moves the staff account towards its lock-out.
/// </summary>
public sealed class StaffAtShopperDoorTests
{
    private const string Owner = "owner@example.com";
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task TheApiRefusesAStaffAccountAsItRefusesAWrongPassword()
    {
        var store = await CustomerStore.CreateAsync(Factory, Owner);
        var client = store.CreateClient();

        var staff = await client.PostAsJsonAsync("/api/storefront/v1/customers/token", new { email = Owner, password = AdminSession.Password });
        var unknown = await client.PostAsJsonAsync("/api/storefront/v1/customers/token", new { email = "nobody@example.com", password = AdminSession.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, staff.StatusCode);
        Assert.Equal(Detail(await unknown.Content.ReadAsStringAsync()), Detail(await staff.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task TheWebSignInRefusesAStaffAccountAsItRefusesAWrongPassword()
    {
        var store = await CustomerStore.CreateAsync(Factory, Owner);
        var shopper = new ShopperSession(store);

        var staff = await shopper.PostFormAsync("account/sign-in", "account/sign-in", new() { ["email"] = Owner, ["password"] = AdminSession.Password });
        var unknown = await shopper.PostFormAsync("account/sign-in", "account/sign-in", new() { ["email"] = "nobody@example.com", ["password"] = AdminSession.Password });

        Assert.Equal(HttpStatusCode.BadRequest, staff.StatusCode);
        Assert.Equal(ErrorOf(await unknown.Content.ReadAsStringAsync()), ErrorOf(await staff.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Unauthorized, (await shopper.Client.GetAsync("/api/storefront/v1/customers/me")).StatusCode);
    }

    [Fact]
    public async Task AttemptsAtTheShopperDoorsNeverLockTheAdministratorOut()
    {
        var store = await CustomerStore.CreateAsync(Factory, Owner);
        var client = store.CreateClient();
        var shopper = new ShopperSession(store);

        for (var i = 0; i < 8; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/storefront/v1/customers/token", new { email = Owner, password = "Wrong-Horse-1" })).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await shopper.PostFormAsync("account/sign-in", "account/sign-in", new() { ["email"] = Owner, ["password"] = "Wrong-Horse-1" })).StatusCode);
        }

        var shell = await ApiStore.ShellAsync(Factory, store);
        await using (var scope = shell.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var owner = await users.FindByEmailAsync(Owner);
            Assert.Equal(0, await users.GetAccessFailedCountAsync(owner!));
            Assert.False(await users.IsLockedOutAsync(owner!));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await new AdminSession(store).SignInAsync(Owner)).StatusCode);
    }

    [Fact]
    public async Task AShopperStillSignsInAndIsLockedOutAfterWrongPasswords()
    {
        var store = await CustomerStore.CreateAsync(Factory, Owner);
        await CustomerStore.SignedInClientAsync(store, "ada@example.com");
        var client = store.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/storefront/v1/customers/token", new { email = "ada@example.com", password = "Wrong-Horse-1" });
        }

        var locked = await client.PostAsJsonAsync("/api/storefront/v1/customers/token", new { email = "ada@example.com", password = "Correct-Horse-9" });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("locked", Detail(await locked.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private static string Detail(string json)
    {
        using var problem = JsonDocument.Parse(json);
        return problem.RootElement.GetProperty("detail").GetString()!;
    }

    private static string ErrorOf(string html) => HtmlPage.Parse(html).Find("p.error[role=alert]")?.TextContent ?? "(no error shown)";
}
