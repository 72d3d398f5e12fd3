namespace Multistore.StorefrontApi.Realtime;

/// <summary>Hub group names. Groups live in the tenant's own hub, so the same SKU in two stores never shares one.</summary>
public static class LiveGroups
{
    public static string Sku(string sku) => "sku:" + sku.Trim().ToUpperInvariant();

    public static string Cart(Guid cartId) => "cart:" + cartId.ToString("N");

    /// <summary>Every connection of a signed-in customer, whatever the touchpoint.</summary>
    public static string Customer(string customerId) => "customer:" + customerId;
}
