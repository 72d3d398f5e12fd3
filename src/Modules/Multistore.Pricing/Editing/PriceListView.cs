namespace Multistore.Pricing.Editing;

/// <summary>A price list as an editor sees it: the column it fills in, named with its currency.</summary>
public sealed record PriceListView(Guid Id, string Name, string Currency, bool IsDefault);
