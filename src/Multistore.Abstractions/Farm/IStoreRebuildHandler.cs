namespace Multistore.Farm;

/// <summary>
/// A store's settings (any group: theme, templates, translations, payment methods...) or its features were saved, so
/// its shell is being rebuilt on every node. Each node's own memory goes with its shell; a module that keeps copies of
/// the store's output outside the nodes (the CDN's pages) drops them here. Called once per change, on the node that
/// saved it, in the store's running shell before that shell is released. A failure is logged and never undoes the
/// saved change.
/// </summary>
public interface IStoreRebuildHandler
{
    ValueTask StoreRebuildingAsync(CancellationToken cancellationToken);
}
