using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.StorefrontApi;
using Multistore.Orders;
using Multistore.Users;

namespace Multistore.Integration.Tests.Shop;

/// <summary>
/// Nothing a shopper sends is unbounded: a body over its door's cap is a 413 problem document before anything is read into
/// the store, and a field over its limit is a 400 naming the field, on the web forms and the Storefront API alike. The
/// store's database holds no row of a refused request.
/// </summary>
public sealed partial class ShopperFieldLimitTests
{
    private const int TenMegabytes = 10 * 1024 * 1024;
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task ATenMegabyteEmailAtApiSignUpIs413AndStoresNoAccount()
    {
        var store = await CustomerStore.CreateAsync(Factory);
        var client = store.CreateClient();
        var body = $$"""{ "email": "{{new string('a', TenMegabytes)}}@example.com", "password": "Correct-Horse-9" }""";

        var sized = await client.PostAsync("/api/storefront/v1/customers", new StringContent(body, Encoding.UTF8, "application/json"));
        var streamed = await client.PostAsync("/api/storefront/v1/customers", Streamed(body, "application/json"));

        await AssertTooLargeAsync(sized);
        await AssertTooLargeAsync(streamed);
        Assert.Equal(1, await CountAsync<UsersDbContext>(store, db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task ATenMegabyteEmailAtWebSignUpIs413AndStoresNoAccount()
    {
        var store = await CustomerStore.CreateAsync(Factory);
        var client = store.CreateClient();
        var token = FormFields.Antiforgery(await client.GetStringAsync("account/sign-up"));

        var response = await client.PostAsync("account/sign-up", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [token.Name] = token.Value, ["email"] = new string('a', TenMegabytes) + "@example.com", ["password"] = "Correct-Horse-9", ["confirm"] = "Correct-Horse-9",
        }));

        await AssertTooLargeAsync(response);
        Assert.Equal(1, await CountAsync<UsersDbContext>(store, db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task AnEmailOverItsLimitIsRefusedNamingTheField()
    {
        var store = await CustomerStore.CreateAsync(Factory);

        var response = await store.CreateClient().PostAsJsonAsync("/api/storefront/v1/customers", new { email = new string('a', 250) + "@example.com", password = "Correct-Horse-9" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("254", problem.RootElement.GetProperty("errors").GetProperty("email")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATenMegabyteNameAtApiCheckoutIs413AndAnOverlongNameIs400NamingIt()
    {
        var store = await CustomerStore.CreateAsync(Factory);
        var client = store.CreateClient();
        var cart = await (await client.PostAsync("/api/storefront/v1/carts", null)).Content.ReadFromJsonAsync<JsonElement>();
        var cartId = cart.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/storefront/v1/carts/{cartId}/lines", new { sku = "LAMP", quantity = 1 })).StatusCode);

        var huge = await CheckoutAsync(client, cartId, new string('N', TenMegabytes));
        var overlong = await CheckoutAsync(client, cartId, new string('N', 201));

        await AssertTooLargeAsync(huge);
        Assert.Equal(HttpStatusCode.BadRequest, overlong.StatusCode);
        using var problem = JsonDocument.Parse(await overlong.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("shippingAddress.name", out _));
        Assert.Equal(0, await CountAsync<OrdersDbContext>(store, db => db.Orders.CountAsync()));
    }

    [Fact]
    public async Task ATenMegabyteNameAtWebCheckoutIs413AndAnOverlongNameIsShownAsTheFieldsError()
    {
        var store = await CustomerStore.CreateAsync(Factory);
        var client = store.CreateClient();
        var token = FormFields.Antiforgery(await client.GetStringAsync("cart"));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("cart", new FormUrlEncodedContent(new Dictionary<string, string> { [token.Name] = token.Value, ["sku"] = "LAMP", ["quantity"] = "1" }))).StatusCode);
        var checkoutHtml = await client.GetStringAsync("checkout");
        token = FormFields.Antiforgery(checkoutHtml);
        Dictionary<string, string> Fields(string name) => new()
        {
            [token.Name] = token.Value, ["idempotencyKey"] = FormFields.IdempotencyKey(checkoutHtml),
            ["email"] = "gast@example.com", ["name"] = name, ["line1"] = "Hauptstr. 5", ["city"] = "Köln", ["postalCode"] = "50667",
            ["country"] = "DE", ["shippingMethod"] = "standard", ["paymentMethod"] = "test-transfer", ["action"] = "place",
        };

        var huge = await client.PostAsync("checkout", new FormUrlEncodedContent(Fields(new string('N', TenMegabytes))));
        var overlong = await client.PostAsync("checkout", new FormUrlEncodedContent(Fields(new string('N', 201))));

        await AssertTooLargeAsync(huge);
        Assert.Equal(HttpStatusCode.BadRequest, overlong.StatusCode);
        Assert.Contains("shippingAddress.name must be at most 200 characters.", Assert.Single((await HtmlPage.ParseAsync(overlong)).Alerts()), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync<OrdersDbContext>(store, db => db.Orders.CountAsync()));
    }

    private static async Task<HttpResponseMessage> CheckoutAsync(HttpClient client, Guid cartId, string name)
    {
        var body = JsonSerializer.Serialize(new
        {
            email = "buyer@example.com",
            shippingAddress = new { name, line1 = "Unter den Linden 1", city = "Berlin", postalCode = "10117", country = "DE" },
            shippingMethod = "standard",
            paymentMethod = "test-transfer",
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/storefront/v1/carts/{cartId}/checkout") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        return await client.SendAsync(request);
    }

    private static async Task AssertTooLargeAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(text.Length < 2000, "The answer does not echo the body.");
        using var problem = JsonDocument.Parse(text);
        Assert.Equal(413, problem.RootElement.GetProperty("status").GetInt32());
    }

    /// <summary>A body sent without Content-Length (chunked), so only counting while reading can stop it.</summary>
    private static StreamContent Streamed(string body, string mediaType)
    {
        var content = new StreamContent(new NonSeekableStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        return content;
    }

    private static async Task<int> CountAsync<TContext>(TestTenant store, Func<TContext, Task<int>> count) where TContext : DbContext
    {
        var shell = await ApiStore.ShellAsync(Factory, store);
        await using var scope = shell.Services.CreateAsyncScope();
        return await count(scope.ServiceProvider.GetRequiredService<TContext>());
    }

    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
