using Microsoft.AspNetCore.Http;
using Multistore.Shipping.Settings;

namespace Multistore.Shipping.Admin;

/// <summary>When pickup is offered, and the locations (<c>Locations[0].Code</c>, <c>.Name</c>, <c>.Address</c>).</summary>
public sealed class PickupForm
{
    public const int BlankRows = 2;

    public string? Offer { get; set; }
    public List<PickupLocationRow> Locations { get; set; } = [];

    public static string LocationField(int index, string field) => $"Locations[{index}].{field}";

    public static PickupForm Read(IFormCollection form)
    {
        var read = new PickupForm { Offer = form["Offer"] };
        for (var i = 0; form.ContainsKey(LocationField(i, "Code")); i++)
        {
            read.Locations.Add(new PickupLocationRow { Code = form[LocationField(i, "Code")], Name = form[LocationField(i, "Name")], Address = form[LocationField(i, "Address")] });
        }

        return read;
    }

    public static PickupForm From(PickupSettings settings) => new()
    {
        Offer = settings.Offer,
        Locations = [.. settings.Locations.Select(l => new PickupLocationRow { Code = l.Code, Name = l.Name, Address = l.Address }),
            .. Enumerable.Range(0, BlankRows).Select(_ => new PickupLocationRow())],
    };
}
