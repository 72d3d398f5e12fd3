using Microsoft.EntityFrameworkCore;
using Multistore.Recommendations.Domain;

namespace Multistore.Recommendations;

internal sealed class RecommendationsDbContext(DbContextOptions<RecommendationsDbContext> options) : DbContext(options)
{
    public DbSet<BoughtTogetherPair> Pairs => Set<BoughtTogetherPair>();
    public DbSet<ProductOrderCount> ProductOrders => Set<ProductOrderCount>();
    public DbSet<CountedOrder> CountedOrders => Set<CountedOrder>();
    public DbSet<RebuildCheckpoint> Checkpoints => Set<RebuildCheckpoint>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var pair = modelBuilder.Entity<BoughtTogetherPair>();
        pair.ToTable("BoughtTogetherPairs");
        pair.HasKey(p => new { p.ProductId, p.OtherProductId });

        var product = modelBuilder.Entity<ProductOrderCount>();
        product.ToTable("ProductOrderCounts");
        product.HasKey(p => p.ProductId);
        product.HasIndex(p => p.Orders);

        var counted = modelBuilder.Entity<CountedOrder>();
        counted.ToTable("CountedOrders");
        counted.HasKey(c => c.OrderId);

        var checkpoint = modelBuilder.Entity<RebuildCheckpoint>();
        checkpoint.ToTable("RecommendationCheckpoints");
        checkpoint.HasKey(c => c.Id);
        checkpoint.Property(c => c.Id).HasMaxLength(32);
    }
}
