using Microsoft.AspNetCore.SignalR;
using Multistore.StorefrontApi.Shopping;

namespace Multistore.StorefrontApi.Realtime;

/// <summary>
/// The tenant's live channel. A page or app says which SKUs it shows and which cart it holds, and is told
/// <c>stockChanged</c>, <c>priceChanged</c> and <c>cartChanged</c> for them. A signed-in customer (the storefront's
/// cookie, or an app's bearer token in the Authorization header or the access_token query) also hears of changes to
/// their cart made on any other touchpoint.
/// </summary>
public sealed class StorefrontHub : Hub
{
    public const int MaxWatchedSkus = 200;

    public override async Task OnConnectedAsync()
    {
        if (Context.GetHttpContext() is { } http && await CustomerIdentity.CustomerIdAsync(http) is { } customer)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Customer(customer), Context.ConnectionAborted);
        }

        await base.OnConnectedAsync();
    }

    public async Task WatchProducts(string[] skus)
    {
        ArgumentNullException.ThrowIfNull(skus);
        if (skus.Length > MaxWatchedSkus)
        {
            throw new HubException($"skus: watch at most {MaxWatchedSkus} SKUs per call.");
        }

        foreach (var sku in skus.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Sku(sku), Context.ConnectionAborted);
        }
    }

    public async Task UnwatchProducts(string[] skus)
    {
        ArgumentNullException.ThrowIfNull(skus);
        foreach (var sku in skus.Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.Sku(sku), Context.ConnectionAborted);
        }
    }

    /// <summary>Cart ids are unguessable Guids: holding one is what entitles a touchpoint to its changes.</summary>
    public Task WatchCart(Guid cartId) =>
        Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Cart(cartId), Context.ConnectionAborted);
}
