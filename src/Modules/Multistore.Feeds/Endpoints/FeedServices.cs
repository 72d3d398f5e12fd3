using Microsoft.Extensions.Options;
using Multistore.Catalog.Services;
using Multistore.Feeds.Services;
using Multistore.Settings;

namespace Multistore.Feeds.Endpoints;

/// <summary>What a feed endpoint needs, bound with <c>[AsParameters]</c>: the items, the validators and the store's settings.</summary>
public sealed record FeedServices(FeedItems Items, FeedVersion Version, ICatalogFeed Catalog, IOptions<SiteSettings> Site);
