using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Multistore.Bench.Commerce;

/// <summary>The real host in-process, on its own App_Data (and PostgreSQL database when given).</summary>
public sealed class BenchHost(string appData, string? postgres) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The host's own folder; WebApplicationFactory would guess one beside the solution, where there is none.
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseEnvironment("Production");
        builder.UseSetting("Multistore:AppDataPath", appData);
        if (postgres is not null)
        {
            builder.UseSetting("Multistore:HostDatabase:Provider", "Postgres");
            builder.UseSetting("Multistore:HostDatabase:ConnectionString", postgres);
            builder.UseSetting("Multistore:TenantDatabase:Provider", "Postgres");
            builder.UseSetting("Multistore:TenantDatabase:ConnectionString", postgres);
            builder.UseSetting("Multistore:TenantDatabase:SchemaPerTenant", "true");
        }
    }
}
