using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.SignalR.Client;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.StorefrontApi;

public sealed class LiveCartTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task ChangeOnTheWebCartPageReachesTheCartsOtherTouchpointsWithinASecond()
    {
        var store = await CustomerStore.CreateAsync(Factory);
        var cookies = new CookieContainer();
        var browser = Factory.CreateDefaultClient(store.BaseAddress, new CookieContainerHandler(cookies));
        Assert.Equal(HttpStatusCode.OK, (await PostCartFormAsync(browser, "LAMP", 1)).StatusCode);
        var cartId = Guid.Parse(cookies.GetCookies(store.BaseAddress)["ms_cart"]!.Value);

        await using var kiosk = await LiveUpdatesTests.ConnectAsync(store);
        await using var stranger = await LiveUpdatesTests.ConnectAsync(store);
        var received = new TaskCompletionSource<CartMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        var leaked = new TaskCompletionSource<CartMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        kiosk.On<CartMessage>("cartChanged", m => received.TrySetResult(m));
        stranger.On<CartMessage>("cartChanged", m => leaked.TrySetResult(m));
        await kiosk.InvokeAsync("WatchCart", cartId);
        await stranger.InvokeAsync("WatchCart", Guid.NewGuid());

        Assert.Equal(HttpStatusCode.OK, (await PostCartFormAsync(browser, "LAMP", 2)).StatusCode);
        var message = await received.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(cartId, message.Id);
        Assert.Equal(3, message.ItemCount);
        Assert.Equal("web", message.Touchpoint);
        Assert.Equal(37.02m, message.Total.Amount);
        await Task.Delay(300);
        Assert.False(leaked.Task.IsCompleted, "A connection watching another cart heard of this one.");
    }

    [Fact]
    public async Task CustomersCartChangedOnTheKioskReachesTheirSignedInAppAndNoOtherCustomer()
    {
        var store = await CustomerStore.CreateAsync(Factory);
        var kiosk = await CustomerStore.SignedInClientAsync(store, "gus@example.com", "kiosk");
        await CustomerStore.SignedInClientAsync(store, "hal@example.com");
        await using var app = await LiveUpdatesTests.ConnectAsync(store, await CustomerStore.TokenAsync(store, "gus@example.com", "app"));
        await using var otherCustomer = await LiveUpdatesTests.ConnectAsync(store, await CustomerStore.TokenAsync(store, "hal@example.com", "app"));
        var received = new TaskCompletionSource<CartMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        var leaked = new TaskCompletionSource<CartMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        app.On<CartMessage>("cartChanged", m =>
        {
            // Creating the cart is a change too (0 items); wait for the line.
            if (m.ItemCount > 0)
            {
                received.TrySetResult(m);
            }
        });
        otherCustomer.On<CartMessage>("cartChanged", m => leaked.TrySetResult(m));

        var cart = await (await kiosk.PostAsync("/api/storefront/v1/carts", null)).Content.ReadFromJsonAsync<JsonElement>();
        await kiosk.PostAsJsonAsync($"/api/storefront/v1/carts/{cart.GetProperty("id").GetGuid()}/lines", new { sku = "LAMP", quantity = 4 });
        var message = await received.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(4, message.ItemCount);
        Assert.Equal("kiosk", message.Touchpoint);
        await Task.Delay(300);
        Assert.False(leaked.Task.IsCompleted, "Another customer's app heard of this customer's cart.");
    }

    private static async Task<HttpResponseMessage> PostCartFormAsync(HttpClient browser, string sku, int quantity)
    {
        var (name, token) = FormFields.Antiforgery(await browser.GetStringAsync("cart"));
        return await browser.PostAsync("cart", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [name] = token, ["sku"] = sku, ["quantity"] = quantity.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
    }

    private sealed record CartMessage(Guid Id, int ItemCount, Commerce.Money Total, string Touchpoint);
}
