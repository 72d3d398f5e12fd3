using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Payments.Stripe.Testing;
using Multistore.Recipes;
using Multistore.Setup;
using Multistore.Tenancy.Management;

namespace Multistore.Integration.Tests.Fixtures;

/// <summary>
/// The host under test, on a fresh App_Data folder and (PostgreSQL leg) a fresh database. Most test classes
/// share <see cref="Shared"/> and each creates its own tenants, so tests never share data and run in parallel.
/// </summary>
public sealed class MultistoreFactory : WebApplicationFactory<Program>
{
    // The server is started inside the lazy initializer: WebApplicationFactory builds its host on first use
    // and is not safe to race, which would leave test classes on two hosts with two registries.
    private static readonly Lazy<MultistoreFactory> SharedFactory = new(() =>
    {
        var factory = new MultistoreFactory();
        _ = factory.Server;
        return factory;
    });
    private readonly Dictionary<string, string?> _settings;
    private readonly string? _postgres;

    public MultistoreFactory(IDictionary<string, string?>? settings = null, string? appData = null)
    {
        AppData = appData ?? Path.Combine(Path.GetTempPath(), "multistore-tests", Guid.NewGuid().ToString("N")[..12]);
        _settings = new Dictionary<string, string?>
        {
            ["Multistore:AppDataPath"] = AppData,
            ["Multistore:ShellIdleTimeout"] = "00:30:00",
            // Where payment providers are called is host configuration only: every store of the run pays at one stand-in.
            ["Multistore:Stripe:ApiBase"] = FakeStripeServer.Shared.BaseAddress,
            // Every test client comes from one address: the account doors' limits are the tests' own (Users/DoorsHost sets small ones).
            ["Multistore:AccountLimits:PerAddress"] = "100000",
            ["Multistore:AccountLimits:PerAccount"] = "100000",
        };
        if (TestDatabase.IsPostgres)
        {
            _postgres = TestDatabase.CreatePostgresDatabase();
            _settings["Multistore:HostDatabase:Provider"] = "Postgres";
            _settings["Multistore:HostDatabase:ConnectionString"] = _postgres;
            _settings["Multistore:TenantDatabase:Provider"] = "Postgres";
            _settings["Multistore:TenantDatabase:ConnectionString"] = _postgres;
            _settings["Multistore:TenantDatabase:SchemaPerTenant"] = "true";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>One host for the whole test run; tests isolate themselves by tenant.</summary>
    public static MultistoreFactory Shared => SharedFactory.Value;

    /// <summary>
    /// The administrator password the tests give every store they create from a recipe that asks for one (recipes publish
    /// none: a store created without one gets a generated password).
    /// </summary>
    public const string AdminPassword = "Demo!Admin2026";

    public string AppData { get; }

    /// <summary>Replaces host services after the host registered its own (a fake clock, for example).</summary>
    public Action<IServiceCollection>? HostServices { get; init; }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Creates and sets up a tenant with a unique name and host from a recipe in <c>recipes/</c>.</summary>
    public Task<TestTenant> CreateTenantAsync(string recipe = "store", IReadOnlyDictionary<string, string>? parameters = null, string? prefix = null)
        => CreateTenantAsync(Service<RecipeCatalog>().Get(recipe), parameters, prefix);

    /// <summary>Creates and sets up a tenant from a recipe given as JSON.</summary>
    public Task<TestTenant> CreateTenantFromJsonAsync(string recipeJson, IReadOnlyDictionary<string, string>? parameters = null, string? name = null)
        => CreateTenantAsync(RecipeReader.Read(recipeJson, "test.recipe.json"), parameters, null, name);

    public async Task<TestTenant> CreateTenantAsync(Recipe recipe, IReadOnlyDictionary<string, string>? parameters, string? prefix, string? name = null)
    {
        name ??= TestTenant.NewName();
        var request = new TenantRequest
        {
            Name = name,
            Hosts = prefix is null ? [$"{name}.test"] : [],
            UrlPrefix = prefix,
        };
        var values = new Dictionary<string, string>(parameters ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
        if (Service<RecipeExpander>().Parameters(recipe).Any(p => p.Name == StoreAdminPassword.Parameter))
        {
            values.TryAdd(StoreAdminPassword.Parameter, AdminPassword);
        }

        await Service<TenantCreationService>().CreateAndSetupAsync(request, recipe, values, null, CancellationToken.None);
        return new TestTenant(this, name, prefix is null ? $"{name}.test" : "localhost", prefix);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (HostServices is not null)
        {
            builder.ConfigureTestServices(HostServices);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _postgres is not null)
        {
            TestDatabase.DropPostgresDatabase(_postgres);
        }
    }
}
