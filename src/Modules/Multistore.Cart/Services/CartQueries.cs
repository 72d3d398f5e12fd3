using Microsoft.EntityFrameworkCore;

namespace Multistore.Cart.Services;

/// <summary>Answers <see cref="ICartQueries"/> from the cart table with one grouped count.</summary>
internal sealed class CartQueries(CartDbContext db) : ICartQueries
{
    public async Task<IReadOnlyDictionary<string, int>> StartedPerTouchpointAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken) =>
        await db.Carts.AsNoTracking()
            .Where(c => c.CreatedUtc >= fromUtc && c.CreatedUtc < toUtc)
            .GroupBy(c => c.Touchpoint).Select(g => new { Touchpoint = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Touchpoint, g => g.Count, cancellationToken);
}
