using System.Text.Json;
using Multistore.Commerce;
using Multistore.StorefrontApi.Customers.Addresses;

namespace Multistore.Modules.Tests.StorefrontApi.Customers.Addresses;

public sealed class SavedAddressTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static readonly SavedAddress Saved = new()
    {
        Id = Guid.Parse("6f1c2a4e-0000-4000-8000-000000000001"), IsDefault = true, Name = "Erika Muster", Line1 = "Unter den Linden 1",
        City = "Berlin", PostalCode = "10117", Country = "DE",
    };

    [Fact]
    public void SerializesFlatWithTheBooksFieldsBeforeTheAddresssAsTheApiAlwaysHas()
    {
        var json = JsonSerializer.SerializeToElement(Saved, Web);

        Assert.Equal(
            ["id", "isDefault", "name", "company", "line1", "line2", "city", "postalCode", "region", "country", "phone"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, json.GetProperty("company").ValueKind);
    }

    [Fact]
    public void ToAddressGivesAPlainAddressEqualToOneTypedWithTheSameFields()
    {
        var address = Saved.ToAddress();

        Assert.Equal(typeof(Address), address.GetType());
        Assert.Equal(new Address { Name = "Erika Muster", Line1 = "Unter den Linden 1", City = "Berlin", PostalCode = "10117", Country = "DE" }, address);
    }

    [Fact]
    public void ASavedAddressIsNeverEqualToThePlainAddressItHolds()
    {
        Assert.NotEqual<Address>(Saved.ToAddress(), Saved);
        Assert.NotEqual<Address>(Saved, Saved.ToAddress());
    }
}
