using System.Globalization;
using Microsoft.AspNetCore.Http;
using Multistore.Admin.Routing;
using Multistore.Shipping.Domain;

namespace Multistore.Shipping.Admin;

/// <summary>
/// A rate as typed: code, name, a flat price or weight tiers (<c>Tiers[0].UpToKg</c>, <c>Tiers[0].Price</c>), and
/// the order value from which it is free. <see cref="Id"/> is empty for a new rate.
/// </summary>
public sealed class ShippingRateForm
{
    public const int BlankRows = 2;

    public Guid ZoneId { get; set; }
    public Guid? Id { get; set; }
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Price { get; set; }
    public string? FreeAbove { get; set; }
    public List<ShippingTierRow> Tiers { get; set; } = [];

    public static string TierField(int index, string field) => $"Tiers[{index}].{field}";

    public static ShippingRateForm Read(IFormCollection form)
    {
        var read = new ShippingRateForm
        {
            ZoneId = Guid.TryParse(form["ZoneId"], out var zone) ? zone : Guid.Empty,
            Id = Guid.TryParse(form["Id"], out var id) ? id : null,
            Code = form["Code"], Name = form["Name"], Price = form["Price"], FreeAbove = form["FreeAbove"],
        };
        for (var i = 0; form.ContainsKey(TierField(i, "UpToKg")) || form.ContainsKey(TierField(i, "Price")); i++)
        {
            read.Tiers.Add(new ShippingTierRow { UpToKg = form[TierField(i, "UpToKg")], Price = form[TierField(i, "Price")] });
        }

        return read;
    }

    internal static ShippingRateForm From(Guid zoneId, ShippingRate? rate) => rate is null
        ? new ShippingRateForm { ZoneId = zoneId, Tiers = [.. Blank()] }
        : new ShippingRateForm
        {
            ZoneId = zoneId, Id = rate.Id, Code = rate.Code, Name = rate.Name,
            Price = rate.Tiers.Count > 0 && rate.Price == 0 ? "" : FormNumber.Show(rate.Price), FreeAbove = FormNumber.Show(rate.FreeAbove),
            Tiers = [.. rate.Tiers.OrderBy(t => t.UpToKg).Select(t => new ShippingTierRow { UpToKg = t.UpToKg.ToString("0.###", CultureInfo.InvariantCulture), Price = FormNumber.Show(t.Price) }), .. Blank()],
        };

    private static IEnumerable<ShippingTierRow> Blank() => Enumerable.Range(0, BlankRows).Select(_ => new ShippingTierRow());
}
