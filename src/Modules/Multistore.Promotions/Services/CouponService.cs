using Microsoft.EntityFrameworkCore;
using Multistore.Commerce;
using Multistore.Promotions.Domain;

namespace Multistore.Promotions.Services;

internal sealed class CouponService(PromotionsDbContext db, TimeProvider clock) : ICouponService
{
    public async Task<CouponEvaluation> EvaluateAsync(string code, Money subtotal, string? customerKey, CancellationToken cancellationToken)
    {
        var normalized = Coupon.Normalize(code);
        var coupon = await db.Coupons.AsNoTracking().SingleOrDefaultAsync(c => c.Code == normalized, cancellationToken);
        var evaluation = CouponRules.Evaluate(coupon, normalized, subtotal, clock.GetUtcNow().UtcDateTime);
        if (evaluation.IsValid && coupon!.PerCustomerLimit is { } limit && customerKey is not null)
        {
            var used = await db.CustomerUsages.AsNoTracking()
                .Where(u => u.Code == normalized && u.CustomerKey == customerKey).Select(u => u.TimesUsed).SingleOrDefaultAsync(cancellationToken);
            if (used >= limit)
            {
                return CouponEvaluation.Invalid(normalized, subtotal.Currency, $"You have already used the coupon '{normalized}'.");
            }
        }

        return evaluation;
    }

    public async Task<CouponEvaluation> RedeemAsync(string code, Money subtotal, string customerKey, string orderReference, CancellationToken cancellationToken)
    {
        var normalized = Coupon.Normalize(code);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var coupon = await db.Coupons.AsNoTracking().SingleOrDefaultAsync(c => c.Code == normalized, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.Redemptions.AnyAsync(r => r.Code == normalized && r.OrderReference == orderReference, cancellationToken))
        {
            return CouponRules.Evaluate(coupon, normalized, subtotal, now, countUses: false);
        }

        var evaluation = CouponRules.Evaluate(coupon, normalized, subtotal, now);
        if (!evaluation.IsValid)
        {
            return evaluation;
        }

        var counted = await db.Coupons.Where(c => c.Code == normalized && (c.UsageLimit == null || c.TimesUsed < c.UsageLimit))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.TimesUsed, c => c.TimesUsed + 1), cancellationToken);
        if (counted == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return CouponEvaluation.Invalid(normalized, subtotal.Currency, $"The coupon '{normalized}' has been used up.");
        }

        var limit = coupon!.PerCustomerLimit ?? int.MaxValue;
        var countedForCustomer = await db.CustomerUsages.Where(u => u.Code == normalized && u.CustomerKey == customerKey && u.TimesUsed < limit)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.TimesUsed, u => u.TimesUsed + 1), cancellationToken);
        if (countedForCustomer == 0)
        {
            if (await db.CustomerUsages.AnyAsync(u => u.Code == normalized && u.CustomerKey == customerKey, cancellationToken) || limit < 1)
            {
                await transaction.RollbackAsync(cancellationToken);
                return CouponEvaluation.Invalid(normalized, subtotal.Currency, $"You have already used the coupon '{normalized}'.");
            }

            db.CustomerUsages.Add(new CouponCustomerUsage { Code = normalized, CustomerKey = customerKey, TimesUsed = 1 });
        }

        db.Redemptions.Add(new CouponRedemption { Code = normalized, OrderReference = orderReference, CustomerKey = customerKey, CreatedUtc = now });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return evaluation;
    }

    public async Task ReleaseAsync(string code, string orderReference, CancellationToken cancellationToken)
    {
        var normalized = Coupon.Normalize(code);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var redemption = await db.Redemptions.SingleOrDefaultAsync(r => r.Code == normalized && r.OrderReference == orderReference, cancellationToken);
        if (redemption is null)
        {
            return;
        }

        db.Redemptions.Remove(redemption);
        await db.SaveChangesAsync(cancellationToken);
        await db.Coupons.Where(c => c.Code == normalized && c.TimesUsed > 0).ExecuteUpdateAsync(s => s.SetProperty(c => c.TimesUsed, c => c.TimesUsed - 1), cancellationToken);
        await db.CustomerUsages.Where(u => u.Code == normalized && u.CustomerKey == redemption.CustomerKey && u.TimesUsed > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.TimesUsed, u => u.TimesUsed - 1), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> CountAgainAsync(string code, string customerKey, string orderReference, CancellationToken cancellationToken)
    {
        var normalized = Coupon.Normalize(code);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Redemptions.AnyAsync(r => r.Code == normalized && r.OrderReference == orderReference, cancellationToken)
            || await db.Coupons.AsNoTracking().SingleOrDefaultAsync(c => c.Code == normalized, cancellationToken) is not { } coupon)
        {
            return true;
        }

        await db.Coupons.Where(c => c.Code == normalized).ExecuteUpdateAsync(s => s.SetProperty(c => c.TimesUsed, c => c.TimesUsed + 1), cancellationToken);
        if (await db.CustomerUsages.Where(u => u.Code == normalized && u.CustomerKey == customerKey)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.TimesUsed, u => u.TimesUsed + 1), cancellationToken) == 0)
        {
            db.CustomerUsages.Add(new CouponCustomerUsage { Code = normalized, CustomerKey = customerKey, TimesUsed = 1 });
        }

        db.Redemptions.Add(new CouponRedemption { Code = normalized, OrderReference = orderReference, CustomerKey = customerKey, CreatedUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var used = coupon.TimesUsed + 1;
        var byCustomer = await db.CustomerUsages.AsNoTracking().Where(u => u.Code == normalized && u.CustomerKey == customerKey).Select(u => u.TimesUsed).SingleAsync(cancellationToken);
        return used <= (coupon.UsageLimit ?? int.MaxValue) && byCustomer <= (coupon.PerCustomerLimit ?? int.MaxValue);
    }
}
