using Microsoft.EntityFrameworkCore;

namespace Multistore.Data;

/// <summary>The engine's own tables in every tenant database: enabled features and settings.</summary>
internal sealed class ShellDbContext(DbContextOptions<ShellDbContext> options) : DbContext(options)
{
    public const string HistoryName = "shell";

    public DbSet<ShellFeatureRecord> Features => Set<ShellFeatureRecord>();
    public DbSet<SettingsDocument> Settings => Set<SettingsDocument>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var feature = modelBuilder.Entity<ShellFeatureRecord>();
        feature.ToTable("ShellFeatures");
        feature.HasKey(f => f.FeatureId);
        feature.Property(f => f.FeatureId).HasMaxLength(128);

        var settings = modelBuilder.Entity<SettingsDocument>();
        settings.ToTable("SettingsDocuments");
        settings.HasKey(s => s.Group);
        settings.Property(s => s.Group).HasMaxLength(128);
    }
}
