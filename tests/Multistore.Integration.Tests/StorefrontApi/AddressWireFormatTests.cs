using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.StorefrontApi;

/// <summary>
/// The API is versioned: a saved address is sent and returned in one flat JSON shape, whatever type the server builds
/// it from. These tests pin that shape (names, order, nulls) in the responses and in the OpenAPI document apps
/// generate their clients from.
/// </summary>
public sealed class AddressWireFormatTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    private static readonly string[] SavedAddressFields =
        ["id", "isDefault", "name", "company", "line1", "line2", "city", "postalCode", "region", "country", "phone"];

    [Fact]
    public async Task ASavedAddressComesBackFlatWithEveryFieldInItsOrder()
    {
        var store = await CustomerStore.CreateAsync(Factory);
        var client = await CustomerStore.SignedInClientAsync(store, "wire@example.com");

        var created = await client.PostAsJsonAsync("/api/storefront/v1/customers/me/addresses", new
        {
            name = "Erika Muster", company = "Muster GmbH", line1 = "Unter den Linden 1", line2 = "Hinterhaus",
            city = "Berlin", postalCode = "10117", region = "BE", country = "de", phone = "+49 30 1234",
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var saved = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(SavedAddressFields, saved.EnumerateObject().Select(p => p.Name));
        Assert.True(saved.GetProperty("isDefault").GetBoolean());
        Assert.Equal("Muster GmbH", saved.GetProperty("company").GetString());
        Assert.Equal("Hinterhaus", saved.GetProperty("line2").GetString());
        Assert.Equal("BE", saved.GetProperty("region").GetString());
        Assert.Equal("DE", saved.GetProperty("country").GetString());
        Assert.Equal("+49 30 1234", saved.GetProperty("phone").GetString());
        Assert.EndsWith($"/api/storefront/v1/customers/me/addresses/{saved.GetProperty("id").GetGuid()}", created.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OptionalFieldsLeftOutAreListedAsNullNotDropped()
    {
        var store = await CustomerStore.CreateAsync(Factory);
        var client = await CustomerStore.SignedInClientAsync(store, "sparse@example.com");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/storefront/v1/customers/me/addresses", CustomerStore.Address())).StatusCode);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/storefront/v1/customers/me/addresses");

        var only = Assert.Single(list.EnumerateArray());
        Assert.Equal(SavedAddressFields, only.EnumerateObject().Select(p => p.Name));
        Assert.All(["company", "line2", "region", "phone"], field => Assert.Equal(JsonValueKind.Null, only.GetProperty(field).ValueKind));
    }

    [Fact]
    public async Task TheDocumentedAddressIsTheShapeTheApiSends()
    {
        var store = await CustomerStore.CreateAsync(Factory);

        var document = await store.CreateClient().GetFromJsonAsync<JsonElement>("/api/storefront/v1/openapi.json");

        var list = document.GetProperty("paths").GetProperty("/api/storefront/v1/customers/me/addresses").GetProperty("get")
            .GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var item = Resolve(document, list.GetProperty("items"));
        Assert.Equal(SavedAddressFields, item.GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }

    private static JsonElement Resolve(JsonElement document, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!["#/components/schemas/".Length..])
            : schema;
}
