using Microsoft.EntityFrameworkCore;
using Multistore.Payments.Domain;

namespace Multistore.Payments;

internal sealed class PaymentsDbContext(DbContextOptions<PaymentsDbContext> options) : DbContext(options)
{
    public DbSet<PaymentRecord> Payments => Set<PaymentRecord>();
    public DbSet<PaymentRefund> Refunds => Set<PaymentRefund>();
    public DbSet<PaymentStatusEntry> StatusHistory => Set<PaymentStatusEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var payment = modelBuilder.Entity<PaymentRecord>();
        payment.ToTable("Payments");
        payment.HasKey(p => p.Id);
        payment.Property(p => p.OrderNumber).HasMaxLength(64);
        payment.Property(p => p.ProviderCode).HasMaxLength(64);
        payment.Property(p => p.ProviderReference).HasMaxLength(255);
        payment.Property(p => p.IdempotencyKey).HasMaxLength(255);
        payment.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
        payment.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
        payment.Ignore(p => p.Amount);
        payment.Ignore(p => p.Refunded);
        payment.HasIndex(p => p.IdempotencyKey).IsUnique();
        payment.HasIndex(p => new { p.ProviderCode, p.ProviderReference });
        payment.HasIndex(p => p.OrderId);
        payment.HasMany(p => p.Refunds).WithOne().HasForeignKey(r => r.PaymentId).OnDelete(DeleteBehavior.Cascade);
        payment.HasMany(p => p.History).WithOne().HasForeignKey(h => h.PaymentId).OnDelete(DeleteBehavior.Cascade);

        var refund = modelBuilder.Entity<PaymentRefund>();
        refund.ToTable("PaymentRefunds");
        refund.HasKey(r => r.Id);
        refund.Property(r => r.IdempotencyKey).HasMaxLength(255);
        refund.Property(r => r.ProviderReference).HasMaxLength(255);
        refund.HasIndex(r => r.IdempotencyKey).IsUnique();

        var entry = modelBuilder.Entity<PaymentStatusEntry>();
        entry.ToTable("PaymentStatusHistory");
        entry.HasKey(h => h.Id);
        entry.Property(h => h.From).HasConversion<string>().HasMaxLength(32);
        entry.Property(h => h.To).HasConversion<string>().HasMaxLength(32);
        entry.Property(h => h.Cause).HasMaxLength(255);
    }
}
