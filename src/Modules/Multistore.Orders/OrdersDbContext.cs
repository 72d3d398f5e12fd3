using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Multistore.Orders.Domain;

namespace Multistore.Orders;

internal sealed class OrdersDbContext(DbContextOptions<OrdersDbContext> options) : DbContext(options)
{
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderLine> Lines => Set<OrderLine>();
    public DbSet<OrderTransition> Transitions => Set<OrderTransition>();
    public DbSet<OrderNote> Notes => Set<OrderNote>();
    public DbSet<OrderPayment> Payments => Set<OrderPayment>();
    public DbSet<OrderRefund> Refunds => Set<OrderRefund>();
    public DbSet<ProcessedPaymentEvent> ProcessedPaymentEvents => Set<ProcessedPaymentEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var order = modelBuilder.Entity<Order>();
        order.ToTable("Orders");
        order.HasKey(o => o.Id);
        order.Property(o => o.Number).HasMaxLength(32);
        order.HasIndex(o => o.Number).IsUnique();
        order.Property(o => o.IdempotencyKey).HasMaxLength(200);
        order.HasIndex(o => o.IdempotencyKey).IsUnique();
        order.Property(o => o.RequestFingerprint).HasMaxLength(64);
        order.Property(o => o.AccessToken).HasMaxLength(64);
        order.Property(o => o.CustomerId).HasMaxLength(128);
        order.HasIndex(o => new { o.CustomerId, o.CreatedUtc });
        order.HasIndex(o => new { o.Status, o.CreatedUtc });
        order.Property(o => o.Email).HasMaxLength(256);
        order.Property(o => o.Culture).HasMaxLength(16);
        order.Property(o => o.Currency).HasMaxLength(3);
        order.Property(o => o.Touchpoint).HasMaxLength(16);
        order.Property(o => o.Status).HasConversion<string>().HasMaxLength(24);
        order.Property(o => o.ShippingAddress).HasConversion(a => Json(a), s => Address(s));
        order.Property(o => o.BillingAddress).HasConversion(a => Json(a), s => Address(s));
        order.Property(o => o.ShippingMethodCode).HasMaxLength(64);
        order.Property(o => o.ShippingMethodName).HasMaxLength(200);
        order.Property(o => o.PaymentMethodCode).HasMaxLength(64);
        order.Property(o => o.CouponCode).HasMaxLength(64);
        order.Property(o => o.ReservationReference).HasMaxLength(200);
        foreach (var money in new[] { nameof(Order.ItemsTotal), nameof(Order.DiscountTotal), nameof(Order.ShippingTotal), nameof(Order.PaymentFee), nameof(Order.TaxTotal), nameof(Order.GrandTotal), nameof(Order.RefundedTotal) })
        {
            order.Property<decimal>(money).HasPrecision(18, 4);
        }

        order.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        order.HasMany(o => o.Transitions).WithOne().HasForeignKey(t => t.OrderId).OnDelete(DeleteBehavior.Cascade);
        order.HasMany(o => o.Notes).WithOne().HasForeignKey(n => n.OrderId).OnDelete(DeleteBehavior.Cascade);
        order.HasMany(o => o.Payments).WithOne().HasForeignKey(p => p.OrderId).OnDelete(DeleteBehavior.Cascade);
        order.HasMany(o => o.Refunds).WithOne().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Cascade);

        var line = modelBuilder.Entity<OrderLine>();
        line.ToTable("OrderLines");
        line.HasKey(l => new { l.OrderId, l.Sku });
        line.Property(l => l.Sku).HasMaxLength(64);
        line.Property(l => l.Name).HasMaxLength(300);
        line.Property(l => l.TaxClass).HasMaxLength(32);
        line.Property(l => l.UnitPrice).HasPrecision(18, 4);
        line.Property(l => l.Discount).HasPrecision(18, 4);
        line.Property(l => l.LineTotal).HasPrecision(18, 4);
        line.Property(l => l.Tax).HasPrecision(18, 4);

        var transition = modelBuilder.Entity<OrderTransition>();
        transition.ToTable("OrderTransitions");
        transition.HasKey(t => t.Id);
        transition.Property(t => t.From).HasConversion<string>().HasMaxLength(24);
        transition.Property(t => t.To).HasConversion<string>().HasMaxLength(24);
        transition.Property(t => t.By).HasMaxLength(256);

        var note = modelBuilder.Entity<OrderNote>();
        note.ToTable("OrderNotes");
        note.HasKey(n => n.Id);
        note.Property(n => n.Author).HasMaxLength(256);

        var payment = modelBuilder.Entity<OrderPayment>();
        payment.ToTable("OrderPayments");
        payment.HasKey(p => p.Id);
        payment.Property(p => p.ProviderCode).HasMaxLength(64);
        payment.Property(p => p.ProviderReference).HasMaxLength(200);
        payment.HasIndex(p => p.ProviderReference);
        payment.Property(p => p.IdempotencyKey).HasMaxLength(200);
        payment.HasIndex(p => p.IdempotencyKey).IsUnique();
        payment.Property(p => p.Status).HasConversion<string>().HasMaxLength(24);
        payment.Property(p => p.Amount).HasPrecision(18, 4);

        var refund = modelBuilder.Entity<OrderRefund>();
        refund.ToTable("OrderRefunds");
        refund.HasKey(r => r.Id);
        refund.Property(r => r.Amount).HasPrecision(18, 4);
        refund.Property(r => r.Reason).HasMaxLength(500);
        refund.Property(r => r.Status).HasConversion<string>().HasMaxLength(24);
        refund.Property(r => r.ProviderReference).HasMaxLength(200);
        refund.Property(r => r.By).HasMaxLength(256);

        var processed = modelBuilder.Entity<ProcessedPaymentEvent>();
        processed.ToTable("ProcessedPaymentEvents");
        processed.HasKey(e => e.EventId);
        processed.Property(e => e.EventId).HasMaxLength(200);
    }

    private static string Json(OrderAddress address) => JsonSerializer.Serialize(address);

    private static OrderAddress Address(string json) => JsonSerializer.Deserialize<OrderAddress>(json) ?? new OrderAddress();
}
