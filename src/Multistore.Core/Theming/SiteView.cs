namespace Multistore.Theming;

/// <summary>
/// What every template sees as <c>site</c>. <see cref="PricesIncludeTax"/> is the store's tax setting (true: VAT
/// included, false: sales tax added at checkout; null: the store has no tax feature), so a footer can say which.
/// <see cref="Features"/> are the ids of the tenant's enabled features, so a layout includes what only some stores
/// have (<c>{% if site.features contains 'Multistore.StorefrontApi' %}</c>).
/// </summary>
internal sealed record SiteView(string Name, string Currency, string Theme, IReadOnlyDictionary<string, object> Settings, bool? PricesIncludeTax, IReadOnlyList<string> Features);
