namespace Multistore.Tax.Admin;

/// <summary>One row of the rule form: a tax class and its percentage, as typed.</summary>
public sealed class TaxRateRow
{
    public string? TaxClass { get; set; }
    public string? Percent { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(TaxClass) && string.IsNullOrWhiteSpace(Percent);
}
