using Microsoft.EntityFrameworkCore;
using Multistore.Promotions.Domain;

namespace Multistore.Promotions;

internal sealed class PromotionsDbContext(DbContextOptions<PromotionsDbContext> options) : DbContext(options)
{
    public DbSet<Coupon> Coupons => Set<Coupon>();
    public DbSet<CouponRedemption> Redemptions => Set<CouponRedemption>();
    public DbSet<CouponCustomerUsage> CustomerUsages => Set<CouponCustomerUsage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var coupon = modelBuilder.Entity<Coupon>();
        coupon.ToTable("Coupons");
        coupon.HasKey(c => c.Code);
        coupon.Property(c => c.Code).HasMaxLength(64);
        coupon.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        coupon.Property(c => c.Value).HasPrecision(18, 4);
        coupon.Property(c => c.MinimumOrder).HasPrecision(18, 4);

        var redemption = modelBuilder.Entity<CouponRedemption>();
        redemption.ToTable("CouponRedemptions");
        redemption.HasKey(r => new { r.Code, r.OrderReference });
        redemption.Property(r => r.Code).HasMaxLength(64);
        redemption.Property(r => r.OrderReference).HasMaxLength(200);
        redemption.Property(r => r.CustomerKey).HasMaxLength(256);

        var usage = modelBuilder.Entity<CouponCustomerUsage>();
        usage.ToTable("CouponCustomerUsages");
        usage.HasKey(u => new { u.Code, u.CustomerKey });
        usage.Property(u => u.Code).HasMaxLength(64);
        usage.Property(u => u.CustomerKey).HasMaxLength(256);
    }
}
