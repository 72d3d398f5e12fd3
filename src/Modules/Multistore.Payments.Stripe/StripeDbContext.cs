using Microsoft.EntityFrameworkCore;
using Multistore.Payments.Stripe.Domain;

namespace Multistore.Payments.Stripe;

internal sealed class StripeDbContext(DbContextOptions<StripeDbContext> options) : DbContext(options)
{
    public DbSet<StripeSecrets> Secrets => Set<StripeSecrets>();
    public DbSet<StripeProcessedEvent> ProcessedEvents => Set<StripeProcessedEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var secrets = modelBuilder.Entity<StripeSecrets>();
        secrets.ToTable("StripeSecrets");
        secrets.HasKey(s => s.Id);
        secrets.Property(s => s.Id).HasMaxLength(32);

        var processed = modelBuilder.Entity<StripeProcessedEvent>();
        processed.ToTable("StripeProcessedEvents");
        processed.HasKey(e => e.EventId);
        processed.Property(e => e.EventId).HasMaxLength(255);
        processed.Property(e => e.Type).HasMaxLength(100);
    }
}
