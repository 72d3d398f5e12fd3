using Npgsql;
using Multistore.Hosting;
using Multistore.Setup;
using Multistore.Tenancy;

namespace Multistore.Core.Tests.Setup;

public sealed class RegionPlacementTests
{
    private const string Eu = "Host=pg-eu.internal;Port=5432;Username=shop;Password=secret";

    private static MultistoreOptions Options(bool farm = false, string? redis = null)
    {
        var options = new MultistoreOptions { Redis = redis };
        options.Regions["eu"] = new RegionOptions { ConnectionString = Eu, DedicatedServers = ["Host=pg-eu-big.internal;Username=shop;Password=secret"] };
        options.Regions["us"] = new RegionOptions();
        if (farm)
        {
            options.HostDatabase = new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=pg-host;Database=host" };
        }

        return options;
    }

    private static (TenantSettings Tenant, ValidationErrors Errors) Place(string? region, string? tier, MultistoreOptions options, params TenantSettings[] others)
    {
        var errors = new ValidationErrors();
        var tenant = RegionPlacement.Place(new TenantSettings { Name = "nordic-fi" }, new TenantRequest { Name = "nordic-fi", Region = region, Tier = tier }, options, others, errors);
        return (tenant, errors);
    }

    [Fact]
    public void PlacesEachTierOnTheRegionsServers()
    {
        var (schema, _) = Place("eu", "schema", Options());
        var (database, _) = Place("EU", "database", Options());
        var (server, errors) = Place("eu", "server", Options());

        Assert.False(errors.Any);
        Assert.Equal(("eu", "schema", "tenant_nordic_fi"), (schema.Region, schema.Tier, schema.Schema));
        Assert.Equal(("pg-eu.internal", "multistore_stores"), Where(schema));
        Assert.Equal(("eu", "database", null), (database.Region, database.Tier, database.Schema));
        Assert.Equal(("pg-eu.internal", "multistore_nordic_fi"), Where(database));
        Assert.Equal(("pg-eu-big.internal", "multistore_nordic_fi"), Where(server));
    }

    [Fact]
    public void AcceptsSqliteOnASingleNodeAndRefusesItOnAFarmOfEitherKind()
    {
        var (single, singleErrors) = Place("eu", "sqlite", Options());
        var (_, postgresFarm) = Place("eu", "sqlite", Options(farm: true));
        var (_, redisFarm) = Place(null, "sqlite", Options(redis: "127.0.0.1:6379"));

        Assert.False(singleErrors.Any);
        Assert.Equal((DatabaseProvider.Sqlite, null, "sqlite", "eu"), (single.DatabaseProvider, single.ConnectionString, single.Tier, single.Region));
        Assert.True(postgresFarm.Any);
        Assert.True(redisFarm.Any);
    }

    [Fact]
    public void OffersTheTiersEachRegionCanHold()
    {
        var regions = new RegionCatalog(Microsoft.Extensions.Options.Options.Create(Options(farm: true))).All;

        Assert.Equal(["eu", "us"], regions.Select(r => r.Name));
        Assert.Equal(["schema", "database", "server"], regions[0].Tiers);
        Assert.Empty(regions[1].Tiers);
        Assert.Equal(["sqlite"], new RegionCatalog(Microsoft.Extensions.Options.Options.Create(Options())).All.Single(r => r.Name == "us").Tiers);
    }

    [Fact]
    public void RefusesAConnectionStringOrSchemaBesideARegion()
    {
        var errors = new ValidationErrors();
        RegionPlacement.Place(new TenantSettings { Name = "x" },
            new TenantRequest { Name = "x", Region = "eu", Tier = "database", ConnectionString = "Host=pg-us.internal;Database=x" }, Options(), [], errors);

        var refused = Assert.Throws<TenantValidationException>(errors.ThrowIfAny);
        Assert.Equal(["connectionString"], refused.Errors.Keys);
    }

    private static (string? Host, string? Database) Where(TenantSettings tenant)
    {
        var builder = new NpgsqlConnectionStringBuilder(tenant.ConnectionString);
        return (builder.Host, builder.Database);
    }
}
