using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Storefront;

/// <summary>
/// A store on the Kiosk theme is traced as the kiosk: the touchpoint its theme serves is decided once, in the shell's
/// touchpoint stage, and the request's trace carries that answer, not the web guess made before the theme was asked.
/// </summary>
public sealed class KioskTouchpointTelemetryTests
{
    private const string Recipe = """
        {
          "name": "kiosk-traces",
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "catalog", "products": [ { "sku": "LAMP", "translations": { "en-US": { "name": "Lamp", "slug": "lamp" } } } ] },
            { "name": "pricelists", "lists": [ { "name": "EUR", "currency": "EUR", "default": true, "prices": [ { "sku": "LAMP", "amount": 12.34 } ] } ] }
          ]
        }
        """;

    [Theory]
    [InlineData("Kiosk", "kiosk")]
    [InlineData("Storefront", "web")]
    public async Task PageOfAStoreIsTracedAsTheTouchpointItsThemeServes(string theme, string touchpoint)
    {
        var store = await MultistoreFactory.Shared.CreateTenantFromJsonAsync(Recipe,
            new Dictionary<string, string> { ["SiteName"] = "Lamp Shop", ["Culture"] = "en-US", ["Currency"] = "EUR", ["Theme"] = theme });
        var traced = new ConcurrentQueue<(string? Path, object? Touchpoint)>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (Equals(activity.GetTagItem("multistore.tenant"), store.Name))
                {
                    traced.Enqueue((activity.GetTagItem("url.path") as string ?? activity.DisplayName, activity.GetTagItem("multistore.touchpoint")));
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        var client = store.CreateClient();

        // The product page twice: rendered, then (cached) answered before the touchpoint stage; both carry the theme's touchpoint.
        foreach (var path in new[] { "products/lamp", "products/lamp", "" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        }

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (traced.Count < 3 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Equal(3, traced.Count);
        Assert.All(traced, request => Assert.Equal(touchpoint, request.Touchpoint));
    }
}
