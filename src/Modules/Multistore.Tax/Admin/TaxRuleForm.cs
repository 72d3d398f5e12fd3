using System.Globalization;
using Microsoft.AspNetCore.Http;
using Multistore.Admin.Routing;
using Multistore.Tax.Domain;

namespace Multistore.Tax.Admin;

/// <summary>
/// The tax rule form as posted: where (country, optional region), the rule's name, rows of class and percentage
/// (<c>Rates[0].TaxClass</c>, <c>Rates[0].Percent</c>) and the row whose rate shipping is taxed at.
/// </summary>
public sealed class TaxRuleForm
{
    public const int BlankRows = 2;

    public string? FromCountry { get; set; }
    public string? FromRegion { get; set; }
    public string? Country { get; set; }
    public string? Region { get; set; }
    public string? Name { get; set; }

    /// <summary>The index of the rate row that taxes shipping; empty when shipping is not taxed.</summary>
    public string? ShippingRow { get; set; }
    public List<TaxRateRow> Rates { get; set; } = [];

    public static string RateField(int index, string field) => $"Rates[{index}].{field}";

    public static TaxRuleForm Read(IFormCollection form)
    {
        var read = new TaxRuleForm
        {
            FromCountry = form["FromCountry"], FromRegion = form["FromRegion"], Country = form["Country"], Region = form["Region"],
            Name = form["Name"], ShippingRow = form["ShippingRow"],
        };
        for (var i = 0; form.ContainsKey(RateField(i, "TaxClass")) || form.ContainsKey(RateField(i, "Percent")); i++)
        {
            read.Rates.Add(new TaxRateRow { TaxClass = form[RateField(i, "TaxClass")], Percent = form[RateField(i, "Percent")] });
        }

        return read;
    }

    internal static TaxRuleForm From(TaxRule? rule)
    {
        if (rule is null)
        {
            return new TaxRuleForm { Rates = [new TaxRateRow { TaxClass = TaxRateTable.Standard }, .. Blank(BlankRows)], ShippingRow = "0" };
        }

        var rows = rule.Rates.Select(r => new TaxRateRow { TaxClass = r.TaxClass, Percent = r.Rate.ToString("0.####", CultureInfo.InvariantCulture) }).ToList();
        var shipping = rule.Rates.ToList().FindIndex(r => r.AppliesToShipping);
        return new TaxRuleForm
        {
            FromCountry = rule.Country, FromRegion = rule.Region, Country = rule.Country, Region = rule.Region, Name = rule.Name,
            ShippingRow = shipping < 0 ? "" : shipping.ToString(CultureInfo.InvariantCulture),
            Rates = [.. rows, .. Blank(BlankRows)],
        };
    }

    private static IEnumerable<TaxRateRow> Blank(int count) => Enumerable.Range(0, count).Select(_ => new TaxRateRow());
}
