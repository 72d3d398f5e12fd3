using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Multistore.Data;

/// <summary>
/// The host database: the tenant registry, shared by every node, and (on PostgreSQL, the farm's database) the data
/// protection keys, so a value one node encrypts (a tenant's connection string, a cookie, a setup link) the others read.
/// </summary>
internal sealed class HostDbContext(DbContextOptions<HostDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<TenantRecord> Tenants => Set<TenantRecord>();
    public DbSet<FeatureProfileRecord> FeatureProfiles => Set<FeatureProfileRecord>();
    public DbSet<BrandTemplateRecord> BrandTemplates => Set<BrandTemplateRecord>();
    public DbSet<RolloutRecord> Rollouts => Set<RolloutRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var tenant = modelBuilder.Entity<TenantRecord>();
        tenant.ToTable("Tenants");
        tenant.HasKey(t => t.Name);
        tenant.Property(t => t.Name).HasMaxLength(64);
        tenant.Property(t => t.Hosts).HasMaxLength(2000);
        tenant.Property(t => t.UrlPrefix).HasMaxLength(64);
        tenant.Property(t => t.Schema).HasMaxLength(64);
        tenant.Property(t => t.Region).HasMaxLength(64);
        tenant.Property(t => t.Tier).HasMaxLength(16);
        tenant.Property(t => t.RecipeName).HasMaxLength(128);
        tenant.Property(t => t.FeatureProfile).HasMaxLength(128);
        tenant.Property(t => t.Template).HasMaxLength(64);
        tenant.Property(t => t.State).HasConversion<string>().HasMaxLength(32);
        tenant.Property(t => t.DatabaseProvider).HasConversion<string>().HasMaxLength(32);
        tenant.Property(t => t.Version).IsConcurrencyToken();

        modelBuilder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys");

        var profile = modelBuilder.Entity<FeatureProfileRecord>();
        profile.ToTable("FeatureProfiles");
        profile.HasKey(p => p.Name);
        profile.Property(p => p.Name).HasMaxLength(128);
        profile.Property(p => p.Description).HasMaxLength(500);

        var template = modelBuilder.Entity<BrandTemplateRecord>();
        template.ToTable("BrandTemplates");
        template.HasKey(t => t.Name);
        template.Property(t => t.Name).HasMaxLength(64);
        template.Property(t => t.Parent).HasMaxLength(64);
        template.Property(t => t.Description).HasMaxLength(500);
        template.Property(t => t.Version).IsConcurrencyToken();

        var rollout = modelBuilder.Entity<RolloutRecord>();
        rollout.ToTable("Rollouts");
        rollout.HasKey(r => r.Id);
        rollout.Property(r => r.Id).HasMaxLength(32);
        rollout.Property(r => r.Feature).HasMaxLength(128);
        rollout.Property(r => r.State).HasMaxLength(32);
        rollout.Property(r => r.Version).IsConcurrencyToken();
        rollout.HasIndex(r => r.StartedUtc);
    }
}
