using Microsoft.Extensions.Options;
using Multistore.Pricing.Services;
using Multistore.Settings;

namespace Multistore.Search.Endpoints;

/// <summary>
/// The currency a search prices in: the shopper's choice (<c>?currency=SEK</c>) when the store sells in it (has
/// a default price list in it), else the store's currency.
/// </summary>
public sealed class SearchCurrencies(IPriceService prices, IOptions<SiteSettings> site)
{
    /// <summary>The currency to search in, and an error naming the parameter when the one asked for is not sold here.</summary>
    public async Task<(string Currency, string? Error)> ResolveAsync(string? requested, CancellationToken cancellationToken)
    {
        var store = site.Value.Currency.Trim().ToUpperInvariant();
        if (string.IsNullOrWhiteSpace(requested))
        {
            return (store, null);
        }

        var wanted = requested.Trim().ToUpperInvariant();
        var sold = (await prices.CurrenciesAsync(cancellationToken)).Select(c => c.Trim().ToUpperInvariant()).Prepend(store).Distinct(StringComparer.Ordinal).ToList();
        return sold.Contains(wanted, StringComparer.Ordinal)
            ? (wanted, null)
            : (store, $"must be a currency this store sells in: {string.Join(", ", sold)}.");
    }
}
