using Microsoft.EntityFrameworkCore;
using Multistore.Promotions.Domain;

namespace Multistore.Promotions.Admin;

/// <summary>
/// Coupons as the admin lists and edits them. Saving never touches the use counts: they only change through
/// redemptions, so an edit made while shoppers check out cannot lose a use.
/// </summary>
internal sealed class CouponEditing(PromotionsDbContext db)
{
    public async Task<IReadOnlyList<Coupon>> ListAsync(CancellationToken cancellationToken) =>
        await db.Coupons.AsNoTracking().OrderBy(c => c.Code).ToListAsync(cancellationToken);

    public Task<Coupon?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var normalized = Coupon.Normalize(code);
        return db.Coupons.AsNoTracking().SingleOrDefaultAsync(c => c.Code == normalized, cancellationToken);
    }

    /// <summary>How many different customers (accounts or guest e-mails) used each coupon.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CustomerCountsAsync(CancellationToken cancellationToken) =>
        await db.CustomerUsages.AsNoTracking().Where(u => u.TimesUsed > 0).GroupBy(u => u.Code)
            .Select(g => new { Code = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Code, g => g.Count, cancellationToken);

    /// <summary>Adds the coupon; false when its code is taken.</summary>
    public async Task<bool> CreateAsync(Coupon coupon, CancellationToken cancellationToken)
    {
        if (await db.Coupons.AnyAsync(c => c.Code == coupon.Code, cancellationToken))
        {
            return false;
        }

        db.Coupons.Add(coupon);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another admin created the same code a moment ago.
            return false;
        }
    }

    /// <summary>Updates the coupon's terms (not its use count); false when it does not exist.</summary>
    public async Task<bool> UpdateAsync(Coupon terms, CancellationToken cancellationToken) =>
        await db.Coupons.Where(c => c.Code == terms.Code).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Kind, terms.Kind)
            .SetProperty(c => c.Value, terms.Value)
            .SetProperty(c => c.StartsUtc, terms.StartsUtc)
            .SetProperty(c => c.EndsUtc, terms.EndsUtc)
            .SetProperty(c => c.MinimumOrder, terms.MinimumOrder)
            .SetProperty(c => c.UsageLimit, terms.UsageLimit)
            .SetProperty(c => c.PerCustomerLimit, terms.PerCustomerLimit)
            .SetProperty(c => c.IsActive, terms.IsActive), cancellationToken) > 0;

    public async Task<bool> SetActiveAsync(string code, bool active, CancellationToken cancellationToken)
    {
        var normalized = Coupon.Normalize(code);
        return await db.Coupons.Where(c => c.Code == normalized).ExecuteUpdateAsync(s => s.SetProperty(c => c.IsActive, active), cancellationToken) > 0;
    }
}
