using Multistore.Commerce;

namespace Multistore.Feeds.Services;

/// <summary>The cheapest way the store ships one item to <see cref="Country"/> (ISO 3166-1 alpha-2), as <c>g:shipping</c>.</summary>
public sealed record FeedShippingPrice(string Country, string Service, Money Price);
