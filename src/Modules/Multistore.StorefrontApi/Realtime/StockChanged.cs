namespace Multistore.StorefrontApi.Realtime;

/// <summary>
/// A SKU's sellable quantity changed. Published through the tenant's <c>IEventPublisher</c> after the change
/// is saved; the hub pushes it to every page and app showing the SKU.
/// </summary>
public sealed record StockChanged(string Sku, int Available);
