using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Multistore.Feeds.Bench;

/// <summary>The real host in-process on its own App_Data, so the feed runs through the store's whole pipeline.</summary>
public sealed class FeedBenchHost(string appData) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseEnvironment("Production");
        builder.UseSetting("Multistore:AppDataPath", appData);
    }
}
