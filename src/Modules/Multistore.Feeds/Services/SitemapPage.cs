namespace Multistore.Feeds.Services;

/// <summary>A page of the store in every culture: its absolute address per culture name, default culture first.</summary>
public sealed record SitemapPage(IReadOnlyList<KeyValuePair<string, string>> UrlByCulture);
