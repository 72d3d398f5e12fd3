using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Tenancy;
using Multistore.Tenants.CommandLine;
using Multistore.Tenants;

namespace Multistore.Integration.Tests.Tenants;

/// <summary>
/// A new tenant gets a database of its own at every door (issue 14: a tenant given another store's SQLite path served
/// that store's customers and orders): the request is refused naming connectionString, and nothing is created.
/// </summary>
public sealed class TenantDatabaseDoorTests
{
    /// <summary>A running store on SQLite (whatever the leg's default), and the file its data lives in.</summary>
    private static async Task<(string Name, string File)> SqliteStoreAsync(HttpClient api)
    {
        var name = TestTenant.NewName();
        var created = await api.PostAsJsonAsync("api/tenants", new { name, hosts = new[] { $"{name}.test" }, recipe = "store", databaseProvider = "Sqlite" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var file = Path.Combine(SaasHost.Factory.AppData, "Sites", name, "store.db");
        Assert.True(File.Exists(file));
        return (name, file);
    }

    private static async Task<IReadOnlyList<string>> RefusedAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        return [.. errors.GetProperty(field).EnumerateArray().Select(e => e.GetString()!)];
    }

    private static void NothingCreated(string name)
    {
        Assert.Null(SaasHost.Factory.Service<TenantRegistry>().Find(name));
        Assert.False(Directory.Exists(Path.Combine(SaasHost.Factory.AppData, "Sites", name)));
    }

    [Fact]
    public async Task TheApiRefusesAnotherStoresSqliteFileHoweverItIsSpelled()
    {
        var api = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.Manage));
        var (victim, file) = await SqliteStoreAsync(api);
        var spellings = new[]
        {
            $"Data Source={file}",
            $"Data Source=Sites/{victim}/store.db",
            $"Data Source={Path.Combine(SaasHost.Factory.AppData, "Sites", ".", victim, "..", victim, "store.db")};Cache=Shared",
            $"Data Source=Sites/{victim}/other.db",
        };

        foreach (var connectionString in spellings)
        {
            var name = TestTenant.NewName();
            var response = await api.PostAsJsonAsync("api/tenants", new
            {
                name, hosts = new[] { $"{name}.test" }, recipe = "store", databaseProvider = "Sqlite", connectionString,
            });

            Assert.Contains($"tenant '{victim}'", Assert.Single(await RefusedAsync(response, "connectionString")));
            NothingCreated(name);
        }
    }

    [Fact]
    public async Task TheApiRefusesSqliteFilesOutsideTheDataFolderExistingFilesAndMemory()
    {
        var api = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.Manage));
        var outside = Path.Combine(Path.GetTempPath(), $"{TestTenant.NewName()}.db");
        var existing = Path.Combine(SaasHost.Factory.AppData, $"{TestTenant.NewName()}.db");
        await File.WriteAllTextAsync(existing, "");
        var cases = new Dictionary<string, string>
        {
            [$"Data Source={outside}"] = "outside it",
            ["Data Source=../escape.db"] = "outside it",
            [$"Data Source={existing}"] = "exists already",
            ["Data Source=:memory:"] = "must name a file",
            ["Data Source=x.db;Mode=Memory"] = "must name a file",
            ["Data Source=file:x.db?mode=memory"] = "must name a file",
            ["not a connection string"] = "not a SQLite connection string",
        };

        foreach (var (connectionString, reason) in cases)
        {
            var name = TestTenant.NewName();
            var response = await api.PostAsJsonAsync("api/tenants", new { name, hosts = new[] { $"{name}.test" }, databaseProvider = "Sqlite", connectionString });

            Assert.Contains(reason, Assert.Single(await RefusedAsync(response, "connectionString")));
            NothingCreated(name);
        }

        Assert.False(File.Exists(outside));
    }

    [Fact]
    public async Task TheApiAcceptsANewSqliteFileInTheDataFolder()
    {
        var api = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.Manage));
        var name = TestTenant.NewName();

        var response = await api.PostAsJsonAsync("api/tenants", new
        {
            name, hosts = new[] { $"{name}.test" }, recipe = "store", databaseProvider = "Sqlite", connectionString = $"Data Source=Stores/{name}.db",
            parameters = new { SiteName = "Own File" },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(File.Exists(Path.Combine(SaasHost.Factory.AppData, "Stores", $"{name}.db")));
        Assert.Equal("Own File", (await HtmlPage.GetAsync(SaasHost.Client(null, $"{name}.test"), "/")).Heading());
    }

    [Fact]
    public async Task TheApiRefusesPostgresServersTheHostDoesNotNameAndDatabasesInUse()
    {
        var api = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.Manage));
        var cases = new Dictionary<string, string>
        {
            ["Host=db.attacker.example;Database=steal;Username=x;Password=y"] = "not one of the host's database servers",
            ["Host=127.0.0.1;Database=postgres;Username=x;Password=y"] = "belongs to the PostgreSQL server itself",
            ["Host=127.0.0.1;Database=shop;Search Path=tenant_other;Username=x;Password=y"] = "Search Path",
        };
        if (TestDatabase.IsPostgres)
        {
            // The PostgreSQL leg's host database: every store's schema and the host's own tables live there.
            cases[SaasHost.SettingsOf(SaasHost.Factory)["Multistore:HostDatabase:ConnectionString"]!] = "the SaaS host's own database";
        }

        foreach (var (connectionString, reason) in cases)
        {
            var name = TestTenant.NewName();
            var response = await api.PostAsJsonAsync("api/tenants", new { name, hosts = new[] { $"{name}.test" }, databaseProvider = "Postgres", connectionString });

            Assert.Contains(await RefusedAsync(response, "connectionString"), m => m.Contains(reason, StringComparison.Ordinal));
            Assert.Null(SaasHost.Factory.Service<TenantRegistry>().Find(name));
        }
    }

    [Fact]
    public async Task TheCommandLineRefusesAnotherStoresSqliteFile()
    {
        var api = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.Manage));
        var (victim, file) = await SqliteStoreAsync(api);
        var name = TestTenant.NewName();
        var output = new StringWriter();

        var exit = await TenantsCommandLine.RunAsync(["tenants", "create", "--name", name, "--host", $"{name}.test", "--recipe", "store",
            "--database", "Sqlite", "--connection", $"Data Source={file}"], SaasHost.SettingsOf(SaasHost.Factory), output);

        Assert.NotEqual(0, exit);
        Assert.Contains($"connectionString: '{file}' is the database (or folder) of tenant '{victim}'", output.ToString());
        NothingCreated(name);
    }

    [Fact]
    public async Task TheAdminFormRefusesAnotherStoresSqliteFile()
    {
        var api = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.Manage));
        var (victim, file) = await SqliteStoreAsync(api);
        var admin = await HostAdminSession.SignInAsync();
        var name = TestTenant.NewName();

        var response = await admin.PostAsync("admin/tenants/new", new()
        {
            ["Name"] = name, ["Hosts"] = $"{name}.test", ["Recipe"] = "store", ["DatabaseProvider"] = "Sqlite", ["ConnectionString"] = $"Data Source={file}",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(HostAdminSession.FieldErrors(await response.Content.ReadAsStringAsync(), "ConnectionString"));
        Assert.Contains($"tenant '{victim}'", error);
        NothingCreated(name);
    }
}
