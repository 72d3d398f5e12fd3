namespace Multistore.Feeds.Services;

/// <summary>
/// One <c>g:tax</c>: the sales tax rate (a percentage) of <see cref="Country"/> or one <see cref="Region"/> of it (a US
/// state; null for the whole country), and whether shipping is taxed there.
/// </summary>
public sealed record FeedTaxRate(string Country, string? Region, decimal Rate, bool TaxShip);
