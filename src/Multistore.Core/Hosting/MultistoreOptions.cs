using Multistore.Tenancy;

namespace Multistore.Hosting;

/// <summary>The host's own configuration, section "Multistore".</summary>
internal sealed class MultistoreOptions
{
    public const string SectionName = "Multistore";

    /// <summary>Where the host database, tenant folders and keys live. Relative paths are under the content root.</summary>
    public string AppDataPath { get; set; } = "App_Data";

    /// <summary>Folder of theme folders; defaults to Themes beside the application.</summary>
    public string? ThemesPath { get; set; }

    /// <summary>Folder of *.recipe.json files; defaults to recipes beside the application.</summary>
    public string? RecipesPath { get; set; }

    public DatabaseOptions HostDatabase { get; set; } = new();

    /// <summary>Where new tenants get their database when a create request names none.</summary>
    public DatabaseOptions TenantDatabase { get; set; } = new();

    /// <summary>Regions by name, each with its PostgreSQL servers: a store is created in a region on a tier (see RegionPlacement).</summary>
    public IDictionary<string, RegionOptions> Regions { get; set; } = new Dictionary<string, RegionOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The farm's Redis (Multistore:Redis); with it, or a host database on PostgreSQL, the host is a farm.</summary>
    public string? Redis { get; set; }

    /// <summary>Nodes share the host database on PostgreSQL or a Redis: no store may live in one node's SQLite file.</summary>
    public bool IsFarm => HostDatabase.Provider == DatabaseProvider.Postgres || !string.IsNullOrWhiteSpace(Redis);

    /// <summary>A shell unused this long is released; zero keeps shells forever.</summary>
    public TimeSpan ShellIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Tenants declared in configuration, created and set up at start-up when missing.</summary>
    public IList<ConfiguredTenant> Tenants { get; set; } = [];

    /// <summary>How the data protection key ring is encrypted at rest (Multistore:DataProtection).</summary>
    public KeyRingOptions DataProtection { get; set; } = new();
}

/// <summary>
/// The key ring protects cookies, antiforgery tokens, setup links and stores' connection strings. With a certificate
/// (a PKCS#12 file with its private key) every key is encrypted with it before it is stored, in the host database or
/// in App_Data; without one, keys are stored as they are. <see cref="PreviousCertificates"/> still decrypt keys written
/// under an older certificate, so a certificate can be rotated without signing everybody out.
/// </summary>
internal sealed class KeyRingOptions
{
    public string? Certificate { get; set; }

    public string? CertificatePassword { get; set; }

    public IList<string> PreviousCertificates { get; set; } = [];
}

internal sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string? ConnectionString { get; set; }

    /// <summary>On PostgreSQL: give each tenant a schema in the one database instead of a database of its own.</summary>
    public bool SchemaPerTenant { get; set; }

    /// <summary>
    /// PostgreSQL servers (<c>host</c> or <c>host:port</c>) a create request may name in its connection string, besides the
    /// servers of the host and tenant database settings. A request naming any other server is refused.
    /// </summary>
    public IList<string> Servers { get; set; } = [];
}

internal sealed class ConfiguredTenant
{
    public string Name { get; set; } = "";
    public IList<string> Hosts { get; set; } = [];
    public string? UrlPrefix { get; set; }
    public string Recipe { get; set; } = "";
    public IDictionary<string, string> Parameters { get; set; } = new Dictionary<string, string>();

    /// <summary>Says that a wildcard host (<c>*.example.com</c>) may cover other stores' host names.</summary>
    public bool AllowWildcard { get; set; }

    /// <summary>The region (Multistore:Regions) and tier the store is created in; both empty uses TenantDatabase.</summary>
    public string? Region { get; set; }

    public string? Tier { get; set; }
}
