using Microsoft.EntityFrameworkCore;
using Multistore.Tenants.Domain;

namespace Multistore.Tenants;

/// <summary>The Tenants module's tables in the Default tenant's database.</summary>
internal sealed class TenantsDbContext(DbContextOptions<TenantsDbContext> options) : DbContext(options)
{
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var key = modelBuilder.Entity<ApiKey>();
        key.ToTable("ApiKeys");
        key.HasKey(k => k.Id);
        key.Property(k => k.Name).HasMaxLength(100);
        key.Property(k => k.Prefix).HasMaxLength(16);
        key.Property(k => k.Hash).HasMaxLength(64);
        key.HasIndex(k => k.Hash).IsUnique();
        key.Property(k => k.Permissions).HasMaxLength(500);
        key.Ignore(k => k.PermissionList);
    }
}
