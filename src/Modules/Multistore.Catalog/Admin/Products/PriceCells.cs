namespace Multistore.Catalog.Admin.Products;

/// <summary>A SKU's price and compare-at price in each price list, as typed.</summary>
public sealed class PriceCells
{
    public Dictionary<Guid, string> Amounts { get; } = [];
    public Dictionary<Guid, string> CompareAt { get; } = [];

    public bool IsBlank => Amounts.Values.Concat(CompareAt.Values).All(string.IsNullOrWhiteSpace);

    public string AmountIn(Guid list) => Amounts.GetValueOrDefault(list) ?? "";

    public string CompareAtIn(Guid list) => CompareAt.GetValueOrDefault(list) ?? "";
}
