using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.StorefrontApi;

public sealed class CustomerAccountApiTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task CustomerKeepsAddressesOnlyTheirTokenReaches()
    {
        var store = await CustomerStore.CreateAsync(Factory);
        var ada = await CustomerStore.SignedInClientAsync(store, "ada@example.com");
        var bob = await CustomerStore.SignedInClientAsync(store, "bob@example.com");

        var first = await ada.PostAsJsonAsync("/api/storefront/v1/customers/me/addresses", CustomerStore.Address());
        var second = await ada.PostAsJsonAsync("/api/storefront/v1/customers/me/addresses", new { name = "Ada", line1 = "Ring 1", city = "Wien", postalCode = "1010", country = "AT" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var home = await first.Content.ReadFromJsonAsync<JsonElement>();
        var homeId = home.GetProperty("id").GetGuid();
        Assert.True(home.GetProperty("isDefault").GetBoolean());
        var vienna = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(vienna.GetProperty("isDefault").GetBoolean());

        var edited = await ada.PutAsJsonAsync($"/api/storefront/v1/customers/me/addresses/{vienna.GetProperty("id").GetGuid()}",
            new { name = "Ada", line1 = "Ring 2", city = "Wien", postalCode = "1010", country = "AT", isDefault = true });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var list = await ada.GetFromJsonAsync<JsonElement>("/api/storefront/v1/customers/me/addresses");
        Assert.Equal(2, list.GetArrayLength());
        Assert.Equal("Ring 2", list[0].GetProperty("line1").GetString());
        Assert.True(list[0].GetProperty("isDefault").GetBoolean());
        Assert.False(list[1].GetProperty("isDefault").GetBoolean());

        Assert.Equal(0, (await bob.GetFromJsonAsync<JsonElement>("/api/storefront/v1/customers/me/addresses")).GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await bob.PutAsJsonAsync($"/api/storefront/v1/customers/me/addresses/{homeId}", CustomerStore.Address("Hamburg", "20095"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.DeleteAsync($"/api/storefront/v1/customers/me/addresses/{homeId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await store.CreateClient().GetAsync("/api/storefront/v1/customers/me/addresses")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await ada.DeleteAsync($"/api/storefront/v1/customers/me/addresses/{homeId}")).StatusCode);
        Assert.Equal(1, (await ada.GetFromJsonAsync<JsonElement>("/api/storefront/v1/customers/me/addresses")).GetArrayLength());
    }

    [Fact]
    public async Task InvalidAddressNamesTheFieldAndIsNotSaved()
    {
        var store = await CustomerStore.CreateAsync(Factory);
        var client = await CustomerStore.SignedInClientAsync(store, "cleo@example.com");

        foreach (var (body, field) in new (object Body, string Field)[]
        {
            (CustomerStore.Address(postalCode: "ABC"), "postalCode"),
            (new { name = "Cleo", line1 = "Main St 1", city = "Paris", postalCode = "75001", country = "FR" }, "country"),
            (new { name = "", line1 = "Unter den Linden 1", city = "Berlin", postalCode = "10117", country = "DE" }, "name"),
        })
        {
            var response = await client.PostAsJsonAsync("/api/storefront/v1/customers/me/addresses", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"The problem names {field}: {problem}");
        }

        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/storefront/v1/customers/me/addresses")).GetArrayLength());
    }

    [Fact]
    public async Task CustomerSeesTheirOrdersAndPollsThePaymentOthersCannot()
    {
        var store = await CustomerStore.CreateAsync(Factory);
        var dana = await CustomerStore.SignedInClientAsync(store, "dana@example.com");
        var eve = await CustomerStore.SignedInClientAsync(store, "eve@example.com");

        var order = await CustomerStore.BuyAsync(dana, "dana-1");
        var number = order.GetProperty("number").GetString();

        var orders = await dana.GetFromJsonAsync<JsonElement>("/api/storefront/v1/customers/me/orders");
        Assert.Equal(number, orders[0].GetProperty("number").GetString());
        Assert.Equal("app", orders[0].GetProperty("touchpoint").GetString());
        Assert.Equal(0, (await eve.GetFromJsonAsync<JsonElement>("/api/storefront/v1/customers/me/orders")).GetArrayLength());

        var payment = await dana.GetAsync($"/api/storefront/v1/orders/{number}/payment");
        Assert.Equal(HttpStatusCode.OK, payment.StatusCode);
        var status = await payment.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Pending", status.GetProperty("status").GetString());
        Assert.Equal("bank-transfer", status.GetProperty("nextAction").GetProperty("type").GetString());
        Assert.False(status.GetProperty("settled").GetBoolean());
        Assert.True(payment.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        Assert.Equal(HttpStatusCode.NotFound, (await eve.GetAsync($"/api/storefront/v1/orders/{number}/payment")).StatusCode);
        using var guest = new HttpRequestMessage(HttpMethod.Get, $"/api/storefront/v1/orders/{number}/payment");
        guest.Headers.Add("X-Order-Token", order.GetProperty("orderToken").GetString());
        Assert.Equal(HttpStatusCode.OK, (await store.CreateClient().SendAsync(guest)).StatusCode);
    }
}
